/**
 * On a narrow screen the header's tools (dashboard, amendments, revisions, export, audit log) fold into
 * one "More" menu: arrow keys move through it, Escape closes it and gives the focus back to its button.
 */
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { navigate } from '../app/router';
import { auditPath } from '../audit/audit-route';
import { dashboardPath } from '../dashboard/dashboard-route';
import { useI18n } from '../i18n/I18nProvider';
import type { MessageKey } from '../i18n/messages';

export interface MoreMenuActions {
  documentId: string;
  onAmendments: () => void;
  onParticipants: () => void;
  onRevisions: () => void;
  onExport: () => void;
}

interface MenuItem {
  id: string;
  label: MessageKey;
  run: () => void;
}

export function HeaderMoreMenu({ documentId, onAmendments, onParticipants, onRevisions, onExport }: MoreMenuActions) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLDivElement>(null);
  const menuId = useId();
  const items: readonly MenuItem[] = [
    { id: 'dashboard', label: 'amendments.dashboard', run: () => navigate(dashboardPath(documentId)) },
    { id: 'amendments', label: 'amendments.open', run: onAmendments },
    { id: 'participants', label: 'participants.open', run: onParticipants },
    { id: 'revisions', label: 'revisions.open', run: onRevisions },
    { id: 'export', label: 'export.open', run: onExport },
    { id: 'audit', label: 'header.audit', run: () => navigate(auditPath(documentId)) },
  ];

  useEffect(() => {
    if (!open) return;
    menuRef.current?.querySelector<HTMLButtonElement>('button')?.focus();
    const onPointer = (event: PointerEvent) => {
      if (event.target instanceof Node && !menuRef.current?.contains(event.target) && !buttonRef.current?.contains(event.target)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [open]);

  function close() {
    buttonRef.current?.focus();
    setOpen(false);
  }

  function onMenuKey(event: KeyboardEvent<HTMLDivElement>) {
    const buttons = [...event.currentTarget.querySelectorAll<HTMLButtonElement>('button')];
    const index = document.activeElement instanceof HTMLButtonElement ? buttons.indexOf(document.activeElement) : -1;
    const step: Record<string, number> = { ArrowDown: 1, ArrowUp: -1 };
    if (event.key === 'Escape' || event.key === 'Tab') {
      if (event.key === 'Escape') event.preventDefault();
      close();
    } else if (event.key in step) {
      event.preventDefault();
      buttons[(index + (step[event.key] ?? 0) + buttons.length) % buttons.length]?.focus();
    } else if (event.key === 'Home' || event.key === 'End') {
      event.preventDefault();
      buttons[event.key === 'Home' ? 0 : buttons.length - 1]?.focus();
    }
  }

  return (
    <div className="header-more">
      <button
        ref={buttonRef}
        type="button"
        className="button button--secondary button--small header-more__button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={() => setOpen(!open)}
        data-testid="header-more"
      >
        {t('header.more')}
        <span aria-hidden="true">▾</span>
      </button>
      {open && (
        <div className="header-more__menu" role="menu" id={menuId} aria-label={t('header.tools')} ref={menuRef} onKeyDown={onMenuKey} tabIndex={-1}>
          {items.map((item) => (
              <button
                key={item.id}
                type="button"
                role="menuitem"
                className="header-more__item"
                data-testid={`more-${item.id}`}
                onClick={() => {
                  // The focus goes back to "More" first, so a dialog or panel opened from here returns it there.
                  close();
                  item.run();
                }}
              >
                {t(item.label)}
              </button>
          ))}
        </div>
      )}
    </div>
  );
}
