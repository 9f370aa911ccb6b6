/**
 * How deeply a value nests (a scalar is 0, `[]` is 1), measured with an explicit stack: the oracle the
 * bounded-JSON tests judge MAX_DECODED_JSON_DEPTH by, so it must not overflow on the deep values
 * they build, nor share code with the bound it checks.
 */
export function depthOf(v: unknown): number {
  let max = 0;
  const stack: [unknown, number][] = [[v, 0]];
  while (stack.length) {
    const [x, d] = stack.pop() as [unknown, number];
    if (typeof x !== 'object' || x === null) continue;
    max = Math.max(max, d + 1);
    for (const c of Object.values(x)) stack.push([c, d + 1]);
  }
  return max;
}
