/** Short-lived notices in a corner: what just happened, or why an action was refused. */
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useI18n } from '../../i18n/I18nProvider';

export type ToastTone = 'info' | 'success' | 'error';

export interface Toast {
  id: number;
  tone: ToastTone;
  title: string;
  message?: string;
}

interface ToastsValue {
  push: (toast: Omit<Toast, 'id'>) => void;
}

const ToastsContext = createContext<ToastsValue | null>(null);
const LIFETIME_MS: Record<ToastTone, number> = { info: 5_000, success: 5_000, error: 9_000 };

function ToastItem({ toast, onDismiss }: { toast: Toast; onDismiss: (id: number) => void }) {
  const { t } = useI18n();
  const [paused, setPaused] = useState(false);
  useEffect(() => {
    if (paused) return;
    const timer = setTimeout(() => onDismiss(toast.id), LIFETIME_MS[toast.tone]);
    return () => clearTimeout(timer);
  }, [paused, toast.id, toast.tone, onDismiss]);
  return (
    <li
      className={`toast toast--${toast.tone}`}
      data-testid="toast"
      data-tone={toast.tone}
      onMouseEnter={() => setPaused(true)}
      onMouseLeave={() => setPaused(false)}
    >
      <span className="toast__mark" aria-hidden="true" />
      <div className="toast__body">
        <p className="toast__title">{toast.title}</p>
        {toast.message && <p className="toast__message">{toast.message}</p>}
      </div>
      <button type="button" className="icon-button toast__close" onClick={() => onDismiss(toast.id)} aria-label={t('common.close')} title={t('common.close')}>
        <span aria-hidden="true">×</span>
      </button>
    </li>
  );
}

export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<Toast[]>([]);
  const nextId = useRef(1);
  const dismiss = useCallback((id: number) => setToasts((current) => current.filter((toast) => toast.id !== id)), []);
  const push = useCallback((toast: Omit<Toast, 'id'>) => {
    const id = nextId.current++;
    // At most four at once: the oldest goes first.
    setToasts((current) => [...current.slice(-3), { ...toast, id }]);
  }, []);
  const value = useMemo(() => ({ push }), [push]);
  return (
    <ToastsContext.Provider value={value}>
      {children}
      <ol className="toasts" aria-live="polite" aria-relevant="additions">
        {toasts.map((toast) => (
          <ToastItem key={toast.id} toast={toast} onDismiss={dismiss} />
        ))}
      </ol>
    </ToastsContext.Provider>
  );
}

export function useToasts(): ToastsValue {
  const value = useContext(ToastsContext);
  if (!value) throw new Error('useToasts must be used inside <ToastProvider>');
  return value;
}
