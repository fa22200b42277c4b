/** Explains how imported Markdown maps onto the parts of an outcome document. */
import { useI18n } from '../i18n/I18nProvider';
import type { MessageKey } from '../i18n/messages';

const LINES: readonly MessageKey[] = [
  'newDocument.convention.title',
  'newDocument.convention.heading2',
  'newDocument.convention.plain',
  'newDocument.convention.ordered',
  'newDocument.convention.bullets',
];

export function MarkdownConvention({ id }: { id: string }) {
  const { t } = useI18n();
  return (
    <aside className="markdown-convention" id={id}>
      <h3 className="markdown-convention__heading">{t('newDocument.convention.heading')}</h3>
      <ul className="markdown-convention__list">
        {LINES.map((key) => {
          const [syntax, meaning] = t(key).split(' — ');
          return (
            <li key={key}>
              <code>{syntax}</code>
              {meaning && <span> — {meaning}</span>}
            </li>
          );
        })}
      </ul>
    </aside>
  );
}
