/**
 * The breaks of a silence procedure folded behind a button ("Breaks so far: 3 ▾"), so the bar stays one
 * line until someone asks; unfolded, they scroll in a region the keyboard can reach.
 */
import { useId, useState, type ReactNode } from 'react';
import type { StakeholderGroup } from '../../shared/groups.js';
import type { SilenceView } from '../../shared/revisions/revision-schemas.js';
import { useI18n } from '../i18n/I18nProvider';
import { SilenceBreakList } from './SilenceBreakList';

export function useBreaksDisclosure(breaks: SilenceView['breaks'], groups: readonly StakeholderGroup[]): { toggle: ReactNode; panel: ReactNode } {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const id = useId();
  if (breaks.length === 0) return { toggle: null, panel: null };
  const label = t('silence.banner.breaks', { count: breaks.length });
  return {
    toggle: (
      <button
        type="button"
        className="silence-banner__toggle"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen(!open)}
        data-testid="silence-breaks-toggle"
      >
        {label}
        <span className="silence-banner__chevron" aria-hidden="true">
          {open ? '▴' : '▾'}
        </span>
      </button>
    ),
    panel: open ? (
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a region that scrolls must be reachable from the keyboard to be scrolled
      <section className="silence-banner__breaks" id={id} aria-label={label} tabIndex={0} data-testid="silence-breaks-region">
        <SilenceBreakList breaks={breaks} groups={groups} />
      </section>
    ) : null,
  };
}
