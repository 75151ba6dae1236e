// Turning the bytes of an uploaded text file into a string, the way Norwegian
// offices actually save them: Excel's "CSV (semikolondelt)" is Windows-1252,
// newer tools write UTF-8, sometimes with a byte order mark, and Excel's
// "Unicode-tekst" is UTF-16 (little-endian, with a byte order mark, tab-separated).
export type TextEncodingName = 'utf-8' | 'windows-1252' | 'utf-16';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
}

const UTF8_BOM = [0xef, 0xbb, 0xbf];

function hasUtf8Bom(bytes: Uint8Array): boolean {
  return UTF8_BOM.every((b, i) => bytes[i] === b);
}

/**
 * UTF-16 by its byte order mark, or without one when most of the first bytes at
 * odd (LE) or even (BE) positions are zero: Latin text in UTF-16 has a zero high
 * byte per character, which no UTF-8 or Windows-1252 CSV has.
 */
function utf16Order(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  const n = Math.min(bytes.length - (bytes.length % 2), 512);
  if (n < 4) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero > pairs * 0.6 && evenZero < pairs * 0.1) return 'utf-16le';
  if (evenZero > pairs * 0.6 && oddZero < pairs * 0.1) return 'utf-16be';
  return null;
}

/** UTF-16 by BOM or zero bytes; otherwise BOM means UTF-8; otherwise valid UTF-8 is UTF-8; anything else is taken as Windows-1252. */
export function decodeText(bytes: Uint8Array): DecodedText {
  const utf16 = utf16Order(bytes);
  if (utf16) {
    // The decoder drops the BOM itself; a lone surrogate becomes U+FFFD, never half a character.
    return { text: new TextDecoder(utf16).decode(bytes), encoding: 'utf-16' };
  }
  if (hasUtf8Bom(bytes)) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(UTF8_BOM.length)), encoding: 'utf-8' };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    // Every byte sequence is valid Windows-1252, so this cannot fail.
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
  }
}
