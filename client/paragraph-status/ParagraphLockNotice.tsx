/** Says why the paragraph under the caret cannot be typed in: it is agreed (or agreed ad ref) and locked. */
import type { Editor } from '@tiptap/core';
import { useEditorState } from '@tiptap/react';
import { isLockingStatus, type LockingStatus } from '../../shared/document/kinds.js';
import type { MessageKey } from '../i18n/messages';
import { useI18n } from '../i18n/I18nProvider';
import { readCurrentParagraph } from './current-paragraph';

export const LOCK_MESSAGES: Record<LockingStatus, MessageKey> = {
  'agreed-ad-ref': 'lock.agreedAdRef',
  agreed: 'lock.agreed',
};

function lockUnderCaret(editor: Editor): LockingStatus | null {
  if (!editor.isFocused) return null;
  const status = readCurrentParagraph(editor)?.status;
  return isLockingStatus(status) ? status : null;
}

export function ParagraphLockNotice({ editor }: { editor: Editor }) {
  const { t } = useI18n();
  const status = useEditorState({ editor, selector: ({ editor: now }) => lockUnderCaret(now) });
  if (!status) return null;
  return (
    <div className="paragraph-lock-notice" role="status" data-testid="paragraph-lock-notice" data-status={status}>
      <span className="paragraph-lock-notice__icon" aria-hidden="true" />
      {t(LOCK_MESSAGES[status])}
    </div>
  );
}
