/** The document's top bar: back, title (renameable by the chair), my role, status, presence and tools. */
import type { ReactNode } from 'react';
import type { DocumentSummary } from '../../shared/api/documents.js';
import { findGroup } from '../../shared/groups.js';
import { canEditText } from '../../shared/roles.js';
import { AppLink } from '../app/AppLink';
import { UserMenu } from '../app/UserMenu';
import type { ConnectionState } from '../editor/connection-state';
import { ConnectionStatusPill } from '../editor/ConnectionStatusPill';
import { useI18n } from '../i18n/I18nProvider';
import { LanguageSwitch } from '../i18n/LanguageSwitch';
import { PresenceList } from '../presence/PresenceList';
import type { PresentPerson } from '../presence/presence-users';
import { GroupChip } from '../ui/GroupChip';
import { LogoMark } from '../ui/Logo';
import { RoleBadge } from '../ui/RoleBadge';
import { TitleEditor } from './TitleEditor';

interface DocumentHeaderProps {
  summary: DocumentSummary;
  title: string;
  mayRename: boolean;
  onRename: (title: string) => Promise<void>;
  connection: ConnectionState;
  unsent: boolean;
  people: readonly PresentPerson[];
  panelOpen: boolean;
  onTogglePanel: () => void;
  /** Extra items at the end of the meta line (e.g. progress towards agreement). */
  meta?: ReactNode;
  /** Extra tools beside the panel button (e.g. Revisions, Export), labelled; on a narrow screen `more` replaces them. */
  tools?: ReactNode;
  more?: ReactNode;
}

export function DocumentHeader(props: DocumentHeaderProps) {
  const { summary, title, mayRename, onRename, connection, unsent, people, panelOpen, onTogglePanel, meta, tools, more } = props;
  const { t } = useI18n();
  return (
    <header className="doc-header">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <div className="doc-header__row">
        <AppLink to="/" className="doc-header__home" aria-label={t('document.back')} title={t('document.back')}>
          <LogoMark size={30} />
        </AppLink>
        <div className="doc-header__titles">
          <TitleEditor title={title} mayRename={mayRename} onRename={onRename} />
          <div className="doc-header__meta">
            <AppLink to="/" className="doc-header__back">
              <span aria-hidden="true">←</span> {t('document.back')}
            </AppLink>
            <span className="doc-header__separator" aria-hidden="true" />
            <RoleBadge role={summary.myRole} describe />
            <GroupChip group={findGroup(summary.groups, summary.myGroupId)} fallbackId={summary.myGroupId} />
            {meta}
          </div>
        </div>
        <div className="doc-header__end">
          <ConnectionStatusPill state={connection} mayEdit={canEditText(summary.myRole)} unsent={unsent} />
          <PresenceList people={people} groups={summary.groups} />
          <button
            type="button"
            className="button button--secondary button--small doc-header__participants"
            aria-expanded={panelOpen}
            aria-controls="participants-panel"
            onClick={onTogglePanel}
            data-testid="participants-button"
          >
            <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
              <circle cx="6" cy="5.5" r="2.5" fill="none" stroke="currentColor" strokeWidth="1.4" />
              <path d="M1.5 13.5c.6-2.6 2.3-4 4.5-4s3.9 1.4 4.5 4" fill="none" stroke="currentColor" strokeWidth="1.4" strokeLinecap="round" />
              <path d="M10.5 3.2a2.4 2.4 0 010 4.6M12.5 9.8c1 .6 1.7 1.9 2 3.7" fill="none" stroke="currentColor" strokeWidth="1.4" strokeLinecap="round" />
            </svg>
            {t('participants.open')}
          </button>
          <fieldset className="doc-header__tools" aria-label={t('header.tools')}>
            {tools}
          </fieldset>
          {more}
          <LanguageSwitch />
          <UserMenu />
        </div>
      </div>
    </header>
  );
}
