/** The chair's decision on several amendments at once: on the cards ticked among those shown, never on "all" by default. */
import { useEffect, useRef, useState } from 'react';
import { OPEN_STATUSES, type AmendmentView } from '../../../shared/amendments/amendment-schemas.js';
import { useI18n } from '../../i18n/I18nProvider';
import { Button } from '../../ui/Button';
import type { Decision } from '../amendments-api';
import { BulkDialog } from './BulkDialog';

interface BulkDecisionBarProps {
  shown: readonly AmendmentView[];
  /** Ids of the ticked cards. */
  ticked: ReadonlySet<string>;
  onTick: (ids: readonly string[], on: boolean) => void;
}

export function BulkDecisionBar({ shown, ticked, onTick }: BulkDecisionBarProps) {
  const { t } = useI18n();
  // Frozen when the chair asks: decisions arriving meanwhile must not change what was confirmed.
  const [pending, setPending] = useState<{ decision: Decision; ticked: AmendmentView[] } | null>(null);
  const open = shown.filter((amendment) => OPEN_STATUSES.includes(amendment.status));
  const chosen = open.filter((amendment) => ticked.has(amendment.id));
  const all = open.length > 0 && chosen.length === open.length;
  const tickAll = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (tickAll.current) tickAll.current.indeterminate = chosen.length > 0 && !all;
  });
  const dialog = pending && <BulkDialog ticked={pending.ticked} decision={pending.decision} onClose={() => setPending(null)} />;
  // The dialog keeps its place in the tree whether or not the bar shows: decisions that leave fewer than
  // two open amendments must not remount it and lose what it reports.
  return (
    <>
      {open.length >= 2 && (
        <fieldset className="bulk-bar" aria-label={t('amendments.bulk.legend')} data-testid="bulk-bar">
          <label className="checkbox bulk-bar__all">
            <input
              ref={tickAll}
              type="checkbox"
              checked={all}
              onChange={(event) => onTick(open.map((amendment) => amendment.id), event.target.checked)}
              data-testid="bulk-tick-all"
            />
            {t('amendments.bulk.tickAll', { count: open.length })}
          </label>
          <span className="bulk-bar__label" aria-live="polite" data-testid="bulk-count">
            {t('amendments.bulk.ticked', { count: chosen.length })}
          </span>
          <div className="bulk-bar__actions">
            <Button size="small" disabled={chosen.length === 0} onClick={() => setPending({ decision: 'accept', ticked: chosen })} data-testid="bulk-accept">
              {t('amendments.bulk.acceptTicked', { count: chosen.length })}
            </Button>
            <Button size="small" disabled={chosen.length === 0} onClick={() => setPending({ decision: 'reject', ticked: chosen })} data-testid="bulk-reject">
              {t('amendments.bulk.rejectTicked', { count: chosen.length })}
            </Button>
            {chosen.length > 0 && (
              <Button size="small" variant="ghost" onClick={() => onTick(chosen.map((amendment) => amendment.id), false)} data-testid="bulk-untick">
                {t('amendments.bulk.clearTicks')}
              </Button>
            )}
          </div>
        </fieldset>
      )}
      {dialog}
    </>
  );
}
