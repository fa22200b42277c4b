/** Up to two initials from a name, skipping honorifics such as "Ms." or "H.E.". */
const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'he', 'h.e', 'mme', 'm', 'mlle', 'sr', 'sra']);

export function initialsOf(name: string): string {
  const words = name
    .split(/\s+/)
    .filter(Boolean)
    .filter((word) => !HONORIFICS.has(word.toLowerCase().replace(/\.+$/, '')));
  const picked = words.length > 1 ? [words[0], words[words.length - 1]] : words;
  const initials = picked.map((word) => (word ? Array.from(word)[0]?.toUpperCase() ?? '' : '')).join('');
  return initials || '?';
}
