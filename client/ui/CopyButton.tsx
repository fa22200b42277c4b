/** Copies a text to the clipboard and says so. */
import { useEffect, useState } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { Button } from './Button';

export function CopyButton({ text, testId }: { text: string; testId?: string }) {
  const { t } = useI18n();
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');

  useEffect(() => {
    if (state !== 'copied') return;
    const timer = setTimeout(() => setState('idle'), 2000);
    return () => clearTimeout(timer);
  }, [state]);

  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setState('copied');
    } catch {
      setState('failed');
    }
  }

  return (
    <span className="copy-button">
      <Button variant="primary" size="small" onClick={() => void copy()} data-testid={testId}>
        {state === 'copied' ? t('common.copied') : t('common.copy')}
      </Button>
      <span className="visually-hidden" role="status">
        {state === 'copied' ? t('common.copied') : ''}
      </span>
      {state === 'failed' && <span className="copy-button__failed">{t('common.copyFailed')}</span>}
    </span>
  );
}
