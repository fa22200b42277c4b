/** The amendments part of the editor's toolbar: the composer button and, for drafters and the chair, the suggesting switch. */
import type { Editor } from '@tiptap/core';
import { useId } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { displayShortcut } from '../../editor/shortcuts';
import { useAmendmentList } from '../queries/use-amendment-list';
import { useAmendments } from '../store/amendments-context';
import { COMPOSE_SHORTCUT, type AmendmentKit } from './amendment-kit';
import { dispatchSuggesting, useSuggesting } from './use-editor-slices';

export function AmendmentToolbar({ editor, kit }: { editor: Editor; kit: AmendmentKit }) {
  const { t } = useI18n();
  const { rights } = useAmendments();
  const { periodOpen } = useAmendmentList();
  const { enabled, forced } = useSuggesting(editor);
  const modeName = useId();
  if (!rights.propose) return null;
  const composeLabel = t('toolbar.withShortcut', { label: t('amendments.compose.open'), shortcut: displayShortcut(COMPOSE_SHORTCUT) });
  const closed = periodOpen === false;

  return (
    <fieldset className="amendment-toolbar" aria-label={t('amendments.toolbar')} data-testid="amendment-toolbar">
      {!forced && (
        <div className="mode-switch" role="radiogroup" aria-label={t('amendments.suggest.modeLabel')}>
          <label className="mode-switch__option" title={t('amendments.suggest.describeOff')}>
            <input type="radio" name={modeName} checked={!enabled} onChange={() => dispatchSuggesting(editor, { type: 'enable', on: false })} data-testid="mode-editing" />
            <span>{t('amendments.suggest.editing')}</span>
          </label>
          <label className="mode-switch__option" title={t('amendments.suggest.describeOn')}>
            <input type="radio" name={modeName} checked={enabled} onChange={() => dispatchSuggesting(editor, { type: 'enable', on: true })} data-testid="mode-suggesting" />
            <span>{t('amendments.suggest.suggesting')}</span>
          </label>
        </div>
      )}
      {forced && (
        <span className="mode-badge" title={t('amendments.suggest.describeOn')} data-testid="mode-forced">
          <span className="mode-badge__dot" aria-hidden="true" />
          {t('amendments.suggest.suggesting')}
        </span>
      )}
      <button
        type="button"
        className="button button--small button--primary amendment-toolbar__compose"
        onClick={() => kit.handlers.compose?.()}
        disabled={closed}
        title={closed ? t('amendments.period.closed') : composeLabel}
        aria-label={composeLabel}
        data-testid="compose-button"
      >
        <svg width="14" height="14" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
          <path d="M11.5 1.8l2.7 2.7-8.4 8.4-3.4.7.7-3.4z" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinejoin="round" />
        </svg>
        {t('amendments.compose.open')}
      </button>
    </fieldset>
  );
}
