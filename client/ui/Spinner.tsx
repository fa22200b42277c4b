/** Activity indicators: an inline spinner and a whole-page one. */
export function Spinner({ size = 'normal', label }: { size?: 'small' | 'normal'; label?: string }) {
  return (
    <span className={`spinner spinner--${size}`} role={label ? 'status' : undefined} aria-label={label} aria-hidden={label ? undefined : true} />
  );
}

export function FullPageSpinner({ label }: { label: string }) {
  return (
    <div className="centered-page" role="status" aria-live="polite">
      <Spinner />
      <span className="centered-page__label">{label}</span>
    </div>
  );
}
