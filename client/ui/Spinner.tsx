/** Activity indicators: an inline spinner and a whole-page one. */
export function Spinner({ size = 'normal', label }: { size?: 'small' | 'normal'; label?: string }) {
  const className = `spinner spinner--${size}`;
  return label ? <span className={className} role="status" aria-label={label} /> : <span className={className} aria-hidden="true" />;
}

export function FullPageSpinner({ label }: { label: string }) {
  return (
    <div className="centered-page" role="status" aria-live="polite">
      <Spinner />
      <span className="centered-page__label">{label}</span>
    </div>
  );
}
