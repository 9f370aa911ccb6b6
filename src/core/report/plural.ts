/** "1 exchange", "2 exchanges": counts in report headers read as English. */
export function plural(n: number, word: string, many = `${word}s`): string {
  return `${n} ${n === 1 ? word : many}`;
}
