/** The list of keyboard shortcuts, opened with `?` outside the text or from the account bar. */
import { Fragment } from 'react';
import { displayShortcut } from '../../editor/shortcuts';
import { useI18n } from '../../i18n/I18nProvider';
import { Dialog } from '../../ui/Dialog';
import { SHORTCUT_SECTIONS } from './shortcut-list';

export function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  const { t } = useI18n();
  return (
    <Dialog title={t('shortcuts.title')} onClose={onClose} testId="shortcuts-dialog">
      <p className="shortcuts__hint">{t('shortcuts.hint')}</p>
      {SHORTCUT_SECTIONS.map((section) => (
        <table key={section.title} className="shortcuts__table">
          <caption className="shortcuts__caption">{t(section.title)}</caption>
          <thead className="visually-hidden">
            <tr>
              <th scope="col">{t('shortcuts.keys')}</th>
              <th scope="col">{t('shortcuts.action')}</th>
            </tr>
          </thead>
          <tbody>
            {section.entries.map((entry) => (
              <tr key={entry.action}>
                <td className="shortcuts__keys">
                  {entry.keys.map((key, index) => (
                    <Fragment key={key}>
                      {index > 0 && ' '}
                      <kbd>{displayShortcut(key)}</kbd>
                    </Fragment>
                  ))}
                </td>
                <td>{t(entry.action)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ))}
    </Dialog>
  );
}
