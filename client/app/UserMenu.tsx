/** The signed-in person's initials and name, and signing out. */
import { useAuth } from '../auth/AuthProvider';
import { useMe } from '../auth/MeProvider';
import { useI18n } from '../i18n/I18nProvider';
import { initialsOf } from '../presence/initials';
import { Button } from '../ui/Button';
import { openShortcuts } from './shortcuts/ShortcutsHost';

export function UserMenu() {
  const { t } = useI18n();
  const { me } = useMe();
  const { signOut } = useAuth();
  return (
    <div className="user-menu">
      <span className="user-menu__who" title={t('common.signedInAs', { name: me.person.name })}>
        <span className="user-menu__initials" aria-hidden="true">
          {initialsOf(me.person.name)}
        </span>
        <span className="user-menu__name">{me.person.name}</span>
      </span>
      <button type="button" className="icon-button user-menu__shortcuts" onClick={openShortcuts} title={t('shortcuts.open')} data-testid="shortcuts-button">
        <span aria-hidden="true">?</span>
        <span className="visually-hidden">{t('shortcuts.open')}</span>
      </button>
      <Button size="small" variant="ghost" onClick={() => signOut('signed-out')} data-testid="sign-out">
        {t('common.signOut')}
      </Button>
    </div>
  );
}
