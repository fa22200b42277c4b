/** The new participant's sign-in link, shown this once, with a copy button. */
import type { Invitation } from '../../shared/api/participants.js';
import { useI18n } from '../i18n/I18nProvider';
import { Button } from '../ui/Button';
import { CopyButton } from '../ui/CopyButton';

export function InvitationLink({ invitation, onDone }: { invitation: Invitation; onDone: () => void }) {
  const { t } = useI18n();
  const name = invitation.participant.name;
  return (
    <section className="invitation" aria-labelledby="invitation-heading" data-testid="invitation">
      <h3 className="invitation__heading" id="invitation-heading">
        {t('invite.linkHeading', { name })}
      </h3>
      <p className="notice notice--warning" role="alert">
        {t('invite.onceWarning', { name })}
      </p>
      <code className="invitation__link" data-testid="invite-link">
        {invitation.signInUrl}
      </code>
      <div className="invitation__actions">
        <CopyButton text={invitation.signInUrl} testId="invite-copy" />
        <Button size="small" onClick={onDone} data-testid="invite-done">
          {t('invite.done')}
        </Button>
      </div>
    </section>
  );
}
