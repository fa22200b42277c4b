/** A modal dialog on the native <dialog>: focus stays inside, Escape and the close button dismiss it. */
import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { rememberFocus } from './focus-return';

interface DialogProps {
  title: string;
  onClose: () => void;
  children: ReactNode;
  /** Footer actions, laid out at the end. */
  actions?: ReactNode;
  size?: 'normal' | 'wide';
  testId?: string;
}

export function Dialog({ title, onClose, children, actions, size = 'normal', testId }: DialogProps) {
  const { t } = useI18n();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    // Escape or Close puts the focus back on the button that opened the dialog, not on <body>.
    const restoreFocus = rememberFocus(() => dialog);
    if (dialog && !dialog.open) dialog.showModal();
    return () => {
      dialog?.close();
      restoreFocus();
    };
  }, []);

  return (
    <dialog
      ref={ref}
      className={`dialog dialog--${size}`}
      aria-labelledby={titleId}
      data-testid={testId}
      onCancel={(event) => {
        // Escape: let React unmount the dialog instead of the browser closing it behind our back.
        event.preventDefault();
        onClose();
      }}
      onKeyDown={(event) => {
        // The dialog handles its own Escape; panels around it must not close too.
        if (event.key === 'Escape') event.stopPropagation();
      }}
      onMouseDown={(event) => {
        if (event.target === event.currentTarget) onClose();
      }}
    >
      <div className="dialog__panel">
        <div className="dialog__header">
          <h2 className="dialog__title" id={titleId}>
            {title}
          </h2>
          <button type="button" className="icon-button" onClick={onClose} aria-label={t('common.close')} title={t('common.close')}>
            <span aria-hidden="true">×</span>
          </button>
        </div>
        {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a long body scrolls, and a scrolling region must be reachable from the keyboard */}
        <div className="dialog__body" tabIndex={0}>
          {children}
        </div>
        {actions && <div className="dialog__footer">{actions}</div>}
      </div>
    </dialog>
  );
}
