/**
 * Bytes → text. UTF-8 first (RFC 7519 §7.2 step 4: JOSE headers and claims are UTF-8); when the bytes
 * are not valid UTF-8 we fall back to Latin-1, as auth0/jwt-decode does ("binary tokens" such as
 * `{"name":"Jos\xe9"}` from old PHP issuers), and say so.
 */

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export interface DecodedText {
  text: string;
  encoding: 'utf-8' | 'latin1';
}

export function bytesToText(bytes: Uint8Array): DecodedText {
  try {
    return { text: utf8.decode(bytes), encoding: 'utf-8' };
  } catch {
    let text = '';
    // Chunked to avoid a giant argument list to String.fromCharCode.
    for (let i = 0; i < bytes.length; i += 4096) {
      text += String.fromCharCode(...bytes.subarray(i, i + 4096));
    }
    return { text, encoding: 'latin1' };
  }
}

/** Strict UTF-8 or null: for guessing, where Latin-1 would make every byte string "text". */
export function bytesToUtf8OrNull(bytes: Uint8Array): string | null {
  try {
    return utf8.decode(bytes);
  } catch {
    return null;
  }
}
