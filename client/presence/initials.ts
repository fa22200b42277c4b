/**
 * Up to two initials from a name: letters only, so "Ana Lopez (CS)" is "AL"; honorifics such as
 * "Ms." or "H.E." and anything in brackets (an affiliation, a group) are skipped.
 */
const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'he', 'h.e', 'mme', 'm', 'mlle', 'sr', 'sra']);
const BRACKETED = /\([^)]*\)|\[[^\]]*\]|\{[^}]*\}/g;
const FIRST_LETTER = /[\p{L}\p{N}]/u;

export function initialsOf(name: string): string {
  const words = name
    .replace(BRACKETED, ' ')
    .split(/[\s/,;|·–—-]+/)
    .filter((word) => FIRST_LETTER.test(word))
    .filter((word) => !HONORIFICS.has(word.toLowerCase().replace(/\.+$/, '')));
  const picked = words.length > 1 ? [words[0], words[words.length - 1]] : words;
  const initials = picked.map((word) => FIRST_LETTER.exec(word ?? '')?.[0]?.toLocaleUpperCase() ?? '').join('');
  return initials || '?';
}
