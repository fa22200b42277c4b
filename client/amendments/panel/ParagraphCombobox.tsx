/**
 * A searchable paragraph picker (the WAI-ARIA combobox pattern with a list box): type "OP 7" or a few
 * words, move with the arrow keys, Enter picks, Escape closes then clears. Replaces a list of hundreds.
 */
import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { excerpt } from '../amendment-labels';
import { searchParagraphs, type ParagraphOption } from './paragraph-search';

/** Options drawn at once; typing narrows the rest down. */
const SHOWN = 50;

interface ParagraphComboboxProps {
  label: string;
  options: readonly ParagraphOption[];
  /** The chosen paragraph's id, '' for all. */
  value: string;
  onChange: (id: string) => void;
  /** Whether the first entry, "All paragraphs", clears the choice (a filter) or there is none (a target). */
  allowAll?: boolean;
  testId?: string;
}

export function ParagraphCombobox({ label, options, value, onChange, allowAll = true, testId }: ParagraphComboboxProps) {
  const { t } = useI18n();
  const inputId = useId();
  const listId = useId();
  const statusId = useId();
  const [query, setQuery] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const chosen = options.find((option) => option.id === value);
  const matches = useMemo(() => searchParagraphs(options, query ?? ''), [options, query]);
  // null is "All paragraphs", which clears the filter.
  const entries: Array<ParagraphOption | null> = [...(allowAll ? [null] : []), ...matches.slice(0, SHOWN)];
  const activeEntry = Math.min(active, entries.length - 1);
  const optionId = (at: number) => `${listId}-${at}`;

  const show = () => {
    setOpen(true);
    setActive(0);
  };
  const close = () => {
    setOpen(false);
    setQuery(null);
  };
  const pick = (entry: ParagraphOption | null) => {
    onChange(entry?.id ?? '');
    close();
  };

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    const last = entries.length - 1;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!open) show();
      else if (event.key === 'ArrowDown') setActive(activeEntry >= last ? 0 : activeEntry + 1);
      else setActive(activeEntry <= 0 ? last : activeEntry - 1);
    } else if (event.key === 'Enter' && open && entries.length > 0) {
      event.preventDefault();
      pick(entries[activeEntry] ?? null);
    } else if (event.key === 'Escape' && (open || (allowAll && value))) {
      // Closes the list first; a second Escape clears the filter. Either way the dialog around stays open.
      event.preventDefault();
      event.stopPropagation();
      if (open) close();
      else onChange('');
    }
  }

  return (
    <div className="combobox" data-testid={testId}>
      <label className="combobox__label" htmlFor={inputId}>
        {label}
      </label>
      <input
        id={inputId}
        className="input input--compact"
        type="text"
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={listId}
        aria-describedby={statusId}
        aria-activedescendant={open ? optionId(activeEntry) : undefined}
        placeholder={t(allowAll ? 'amendments.picker.placeholder' : 'amendments.picker.choose')}
        value={query ?? chosen?.label ?? ''}
        onChange={(event) => {
          setQuery(event.target.value);
          setOpen(true);
          setActive(allowAll && event.target.value.trim() ? 1 : 0);
        }}
        onFocus={(event) => event.target.select()}
        onClick={() => !open && show()}
        onBlur={close}
        onKeyDown={onKeyDown}
        data-testid={testId && `${testId}-input`}
      />
      <div id={listId} role="listbox" aria-label={label} className="combobox__list" hidden={!open} data-testid={testId && `${testId}-list`}>
        {open &&
          entries.map((entry, at) => (
            <div
              key={entry?.id ?? ''}
              tabIndex={-1}
              id={optionId(at)}
              role="option"
              aria-selected={at === activeEntry}
              data-value={entry?.id ?? ''}
              className={`combobox__option${at === activeEntry ? ' is-active' : ''}${(entry?.id ?? '') === value ? ' is-chosen' : ''}`}
              // Picked before the input's blur closes the list.
              onMouseDown={(event) => {
                event.preventDefault();
                pick(entry);
              }}
              onMouseMove={() => setActive(at)}
            >
              {entry ? (
                <>
                  <span className="combobox__option-label">{entry.label}</span>
                  {entry.text && <span className="combobox__option-text"> — {excerpt(entry.text, 60)}</span>}
                </>
              ) : (
                t('amendments.picker.all')
              )}
            </div>
          ))}
      </div>
      <span id={statusId} className="visually-hidden" aria-live="polite">
        {open && query !== null ? t('amendments.picker.matches', { count: matches.length }) : ''}
      </span>
    </div>
  );
}
