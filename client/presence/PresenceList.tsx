/** The avatars of who is in the document now; each shows name, group and role on hover or focus. */
import type { StakeholderGroup } from '../../shared/groups.js';
import { findGroup } from '../../shared/groups.js';
import { useI18n } from '../i18n/I18nProvider';
import { anyRoleLabel, groupLabel } from '../i18n/labels';
import { Avatar } from './Avatar';
import { colourFor } from './group-color';
import type { PresentPerson } from './presence-users';

const VISIBLE = 6;

export function PresenceList({ people, groups }: { people: readonly PresentPerson[]; groups: readonly StakeholderGroup[] }) {
  const { t } = useI18n();
  const hidden = people.length - VISIBLE;
  return (
    <ul className="presence-list" aria-label={t('presence.label')} data-testid="presence-list">
      {people.map(({ user, isSelf }, index) => {
        const group = findGroup(groups, user.groupId);
        const groupName = group ? groupLabel(t, group) : user.groupId;
        const name = isSelf ? `${user.name} (${t('common.you')})` : user.name;
        const description = t('presence.person', { name, group: groupName, role: anyRoleLabel(t, user.role) });
        return (
          <li
            key={user.participantId}
            className={`presence-user${index >= VISIBLE ? ' presence-user--overflow' : ''}`}
            data-testid="presence-user"
            data-participant-id={user.participantId}
            data-self={isSelf || undefined}
            // biome-ignore lint/a11y/noNoninteractiveTabindex: focusable so that keyboard users open the person's card, as hovering does.
            tabIndex={0}
            aria-label={description}
          >
            <Avatar name={user.name} color={colourFor(groups, user.groupId, user.color)} />
            <span className="presence-user__card" role="tooltip">
              <strong className="presence-user__name">{name}</strong>
              <span className="presence-user__meta">
                <span className="presence-user__dot" style={{ '--group-color': colourFor(groups, user.groupId, user.color) }} aria-hidden="true" />
                {groupName} · {anyRoleLabel(t, user.role)}
              </span>
            </span>
          </li>
        );
      })}
      {hidden > 0 && (
        <li className="presence-more" aria-label={t('presence.more', { count: hidden })}>
          +{hidden}
        </li>
      )}
    </ul>
  );
}
