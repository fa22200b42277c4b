/** A round badge with someone's initials on their group colour. */
import { initialsOf } from './initials';

export function Avatar({ name, color, size = 'normal' }: { name: string; color: string; size?: 'small' | 'normal' }) {
  return (
    <span className={`avatar avatar--${size}`} style={{ '--group-color': color }} aria-hidden="true">
      {initialsOf(name)}
    </span>
  );
}
