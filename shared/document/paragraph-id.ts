/** Stable paragraph ids: short, random, URL-safe. */
const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';

export function newParagraphId(): string {
  const bytes = new Uint8Array(10);
  crypto.getRandomValues(bytes);
  let id = 'p';
  for (const byte of bytes) id += ALPHABET[byte % ALPHABET.length];
  return id;
}

export function isParagraphId(value: unknown): value is string {
  return typeof value === 'string' && /^p[a-z0-9]{10}$/.test(value);
}
