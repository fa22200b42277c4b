/**
 * The frame every side panel shares: its heading takes the focus when it opens, Escape or the close
 * button closes it, and the heading carries a count once the content has loaded.
 */
import { useEffect, useRef, type ReactNode } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { rememberFocus } from './focus-return';

interface SidePanelProps {
  /** Names the panel's ids: `<name>-panel`, `<name>-heading`, and its test id. */
  name: string;
  title: ReactNode;
  /** Shown beside the title; null while loading. */
  count: number | null;
  /** More beside the count (e.g. how many are still open). */
  titleExtra?: ReactNode;
  onClose: () => void;
  className?: string;
  bodyClassName?: string;
  children: ReactNode;
}

export function SidePanel({ name, title, count, titleExtra, onClose, className, bodyClassName, children }: SidePanelProps) {
  const { t } = useI18n();
  const headingRef = useRef<HTMLHeadingElement>(null);
  // The heading takes the focus; when the panel closes it goes back to the button that opened it.
  useEffect(() => {
    const heading = headingRef.current;
    const restoreFocus = rememberFocus(() => heading?.closest('aside') ?? null);
    heading?.focus();
    return restoreFocus;
  }, []);
  return (
    <aside
      className={className ? `side-panel ${className}` : 'side-panel'}
      id={`${name}-panel`}
      aria-labelledby={`${name}-heading`}
      data-testid={`${name}-panel`}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && !event.defaultPrevented) onClose();
      }}
    >
      <header className="side-panel__header">
        <h2 className="side-panel__title" id={`${name}-heading`} ref={headingRef} tabIndex={-1}>
          {title}
          {count !== null && <span className="side-panel__count">{count}</span>}
          {titleExtra}
        </h2>
        <button type="button" className="icon-button" onClick={onClose} aria-label={t('common.close')} title={t('common.close')}>
          <span aria-hidden="true">×</span>
        </button>
      </header>
      <div className={bodyClassName ? `side-panel__body ${bodyClassName}` : 'side-panel__body'}>{children}</div>
    </aside>
  );
}
