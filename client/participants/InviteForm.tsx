/** The chair invites someone: name, role and stakeholder group (shown in its colour). */
import { useId, useState, type FormEvent } from 'react';
import type { Invitation } from '../../shared/api/participants.js';
import { MAX_NAME_LENGTH } from '../../shared/api/participants.js';
import { findGroup, type StakeholderGroup } from '../../shared/groups.js';
import { ROLES, roleSchema, type Role } from '../../shared/roles.js';
import { useI18n } from '../i18n/I18nProvider';
import { groupLabel, roleLabel } from '../i18n/labels';
import { colourFor } from '../presence/group-color';
import { Button } from '../ui/Button';
import { ErrorBox } from '../ui/ErrorBox';
import { useInviteParticipant } from './queries/participant-queries';

interface InviteFormProps {
  documentId: string;
  groups: readonly StakeholderGroup[];
  onInvited: (invitation: Invitation) => void;
}

export function InviteForm({ documentId, groups, onInvited }: InviteFormProps) {
  const { t } = useI18n();
  const inviting = useInviteParticipant(documentId);
  const ids = { name: useId(), role: useId(), group: useId() };
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role>('stakeholder');
  const [groupId, setGroupId] = useState(groups[0]?.id ?? '');
  const [nameMissing, setNameMissing] = useState(false);
  const busy = inviting.isPending;
  const groupColour = colourFor(groups, groupId);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!name.trim()) return setNameMissing(true);
    setNameMissing(false);
    inviting.mutate(
      { name: name.trim(), role, groupId },
      {
        onSuccess: (invitation) => {
          setName('');
          onInvited(invitation);
        },
      },
    );
  }

  return (
    <form className="invite-form" onSubmit={submit} noValidate data-testid="invite-form">
      <h3 className="invite-form__heading">{t('invite.heading')}</h3>
      <div className="field">
        <label className="field__label" htmlFor={ids.name}>
          {t('invite.name')}
        </label>
        <input
          id={ids.name}
          className="input"
          value={name}
          maxLength={MAX_NAME_LENGTH}
          placeholder={t('invite.namePlaceholder')}
          onChange={(event) => setName(event.target.value)}
          aria-invalid={nameMissing}
          autoComplete="off"
          data-testid="invite-name"
        />
        {nameMissing && (
          <span className="field__error" role="alert">
            {t('invite.nameRequired')}
          </span>
        )}
      </div>
      <div className="invite-form__row">
        <div className="field">
          <label className="field__label" htmlFor={ids.role}>
            {t('invite.role')}
          </label>
          <select
            id={ids.role}
            className="input"
            value={role}
            onChange={(event) => setRole(roleSchema.parse(event.target.value))}
            data-testid="invite-role"
          >
            {ROLES.map((option) => (
              <option key={option} value={option}>
                {roleLabel(t, option)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="field__label" htmlFor={ids.group}>
            {t('invite.group')}
          </label>
          <span className="group-select" style={{ '--group-color': groupColour }}>
            <span className="group-select__swatch" aria-hidden="true" />
            <select
              id={ids.group}
              className="input group-select__input"
              value={groupId}
              onChange={(event) => setGroupId(event.target.value)}
              data-testid="invite-group"
            >
              {groups.map((group) => (
                <option key={group.id} value={group.id} style={{ color: group.color }}>
                  {groupLabel(t, group)}
                </option>
              ))}
            </select>
          </span>
        </div>
      </div>
      {inviting.error !== null && <ErrorBox error={inviting.error} />}
      <Button type="submit" variant="primary" busy={busy} disabled={!findGroup(groups, groupId)} data-testid="invite-submit">
        {busy ? t('invite.submitting') : t('invite.submit')}
      </Button>
    </form>
  );
}
