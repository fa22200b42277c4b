/**
 * The list numbers Word shows before each body paragraph of a DOCX, computed from its `w:numPr` and
 * numbering.xml (decimal and lower-letter levels, a level restarting under the one above): what a test
 * reads where the file itself no longer types the numbers.
 */
interface Level {
  format: string;
  text: string;
  start: number;
}

function levelsByNumId(numberingXml: string): Map<string, Map<number, Level>> {
  const abstract = new Map<string, Map<number, Level>>();
  for (const match of numberingXml.matchAll(/<w:abstractNum w:abstractNumId="(\d+)"[^>]*>([\s\S]*?)<\/w:abstractNum>/g)) {
    const levels = new Map<number, Level>();
    for (const lvl of (match[2] ?? '').matchAll(/<w:lvl w:ilvl="(\d+)"[^>]*>([\s\S]*?)<\/w:lvl>/g)) {
      const body = lvl[2] ?? '';
      levels.set(Number(lvl[1]), {
        format: /<w:numFmt w:val="([^"]+)"/.exec(body)?.[1] ?? 'decimal',
        text: /<w:lvlText w:val="([^"]*)"/.exec(body)?.[1] ?? '',
        start: Number(/<w:start w:val="(\d+)"/.exec(body)?.[1] ?? '1'),
      });
    }
    abstract.set(match[1] ?? '', levels);
  }
  const byNum = new Map<string, Map<number, Level>>();
  for (const match of numberingXml.matchAll(/<w:num w:numId="(\d+)"[^>]*>[\s\S]*?<w:abstractNumId w:val="(\d+)"\/>/g)) {
    byNum.set(match[1] ?? '', abstract.get(match[2] ?? '') ?? new Map());
  }
  return byNum;
}

function formatted(value: number, format: string): string {
  if (format === 'lowerLetter') return String.fromCharCode(97 + ((value - 1) % 26)).repeat(Math.floor((value - 1) / 26) + 1);
  return String(value);
}

/** One entry per `<w:p>…</w:p>` of the body in order (empty `<w:p/>` carry no number): its list number as Word writes it, or null. */
export function wordNumbers(documentXml: string, numberingXml: string): (string | null)[] {
  const levels = levelsByNumId(numberingXml);
  const counters = new Map<string, number[]>();
  return [...documentXml.matchAll(/<w:p>([\s\S]*?)<\/w:p>/g)].map((match) => {
    const numPr = /<w:numPr><w:ilvl w:val="(\d+)"\/><w:numId w:val="(\d+)"\/><\/w:numPr>/.exec(match[1] ?? '');
    if (!numPr) return null;
    const ilvl = Number(numPr[1]);
    const numId = numPr[2] ?? '';
    const list = levels.get(numId);
    const count = counters.get(numId) ?? [];
    counters.set(numId, count);
    count[ilvl] = (count[ilvl] ?? (list?.get(ilvl)?.start ?? 1) - 1) + 1;
    count.length = ilvl + 1; // a level restarts under each paragraph of the level above
    const text = list?.get(ilvl)?.text ?? '';
    return text.replace(/%(\d)/g, (_, level: string) => formatted(count[Number(level) - 1] ?? 1, list?.get(Number(level) - 1)?.format ?? 'decimal'));
  });
}
