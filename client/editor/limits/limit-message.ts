/** The sentence shown when a paste or change is refused for a document limit, with its numbers in the reader's locale. */
import type { Translate } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/messages';
import type { LimitRefusal } from './document-limits-extension';

const KEYS: Record<LimitRefusal['breach']['limit'], Record<LimitRefusal['cause'], MessageKey>> = {
  blocksPerUpdate: { paste: 'limits.blocksPerUpdate.paste', change: 'limits.blocksPerUpdate.change' },
  blocksPerDocument: { paste: 'limits.blocksPerDocument.paste', change: 'limits.blocksPerDocument.change' },
  paragraphChars: { paste: 'limits.paragraphChars.paste', change: 'limits.paragraphChars.change' },
};

export function limitMessage(t: Translate, locale: string, { breach, cause }: LimitRefusal): string {
  const number = new Intl.NumberFormat(locale);
  return t(KEYS[breach.limit][cause], { found: number.format(breach.found), max: number.format(breach.max) });
}
