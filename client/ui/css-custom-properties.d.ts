/** The CSS custom properties components set inline, typed so `style={{ '--group-color': … }}` type-checks. */
import 'react';

declare module 'react' {
  interface CSSProperties {
    '--group-color'?: string;
  }
}
