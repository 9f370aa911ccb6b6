/**
 * What the bank answered a transfer, as a fixed set of codes: the answer to a forged form post is a
 * redirect back to the lesson page carrying only one of these codes (never free text), which the page
 * then explains.
 */
export type TransferOutcome = 'sent' | 'no-session' | 'bad-token';

export const OUTCOMES: Record<TransferOutcome, { status: number; text: string }> = {
  sent: {
    status: 200,
    text: 'The transfer went through. For a forged request: the session cookie came along, so the bank took it for you.',
  },
  'no-session': {
    status: 401,
    text: 'Refused: the request carried no session cookie, so the bank saw nobody logged in. For a forged request: SameSite=Lax kept the cookie home.',
  },
  'bad-token': {
    status: 403,
    text: 'Refused: the session cookie came along, but not the CSRF token — a page on another site cannot read it.',
  },
};

export function isOutcome(code: unknown): code is TransferOutcome {
  return typeof code === 'string' && Object.hasOwn(OUTCOMES, code);
}

/** A lesson action id as the round trip carries it: short, lower-case words and dashes only. */
export function safeActionId(value: unknown): string | null {
  return typeof value === 'string' && /^[a-z0-9-]{1,40}$/.test(value) ? value : null;
}
