// Reads back the .eml files the core writes (nodemailer's output): unfolded headers with
// RFC 2047 words decoded, and the body after its Content-Transfer-Encoding, as UTF-8.

const decodeWord = (charset: string, kind: string, text: string): string => {
  const bytes = kind.toUpperCase() === 'B'
    ? Buffer.from(text, 'base64')
    : Buffer.from(text.replace(/_/g, ' ').replace(/=([0-9A-F]{2})/gi, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16))), 'latin1');
  return new TextDecoder(charset).decode(bytes);
};

export function decodeHeader(value: string): string {
  // Whitespace between two encoded words is folding, not text (RFC 2047 §6.2).
  return value.replace(/\?=\s+=\?/g, '?==?').replace(/=\?([^?]+)\?([BQ])\?([^?]*)\?=/gi, (_m, cs: string, kind: string, text: string) => decodeWord(cs, kind, text));
}

export function parseEml(raw: string): { headers: Record<string, string>; body: string } {
  const split = raw.indexOf('\r\n\r\n');
  const head = raw.slice(0, split).replace(/\r\n[ \t]+/g, ' ');
  const headers: Record<string, string> = {};
  for (const line of head.split('\r\n')) {
    const colon = line.indexOf(':');
    headers[line.slice(0, colon).toLowerCase()] = decodeHeader(line.slice(colon + 1).trim());
  }
  const encoded = raw.slice(split + 4);
  const encoding = (headers['content-transfer-encoding'] ?? '7bit').toLowerCase();
  const bytes = encoding === 'quoted-printable'
    ? Buffer.from(encoded.replace(/=\r\n/g, '').replace(/=([0-9A-F]{2})/gi, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16))), 'latin1')
    : encoding === 'base64' ? Buffer.from(encoded, 'base64') : Buffer.from(encoded, 'utf8');
  return { headers, body: new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/\r\n/g, '\n') };
}
