/** Grey placeholder lines shown where content is still loading. */
export function SkeletonLines({ count = 3, className }: { count?: number; className?: string }) {
  return (
    <div className={`skeleton ${className ?? ''}`} aria-hidden="true">
      {Array.from({ length: count }, (_, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: identical placeholder lines, never reordered: their place is all that tells them apart.
        <span key={index} className="skeleton__line" style={{ width: `${92 - ((index * 17) % 40)}%` }} />
      ))}
    </div>
  );
}
