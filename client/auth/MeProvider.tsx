/** Loads who the signed-in person is (/api/me) once, and gives it to the pages below. */
import { createContext, useContext, useEffect, type ReactNode } from 'react';
import type { Me } from '../../shared/api/participants.js';
import { getMe } from '../api/participants-api';
import { useResource } from '../api/use-resource';
import { useI18n } from '../i18n/I18nProvider';
import { rememberSignedInPerson } from '../local-data/signed-in-person';
import { ErrorBox } from '../ui/ErrorBox';
import { FullPageSpinner } from '../ui/Spinner';
import { useSignedIn } from './AuthProvider';

interface MeValue {
  me: Me;
  /** Loads /api/me again, e.g. after creating a document adds a membership. */
  refreshMe: () => void;
}

const MeContext = createContext<MeValue | null>(null);

export function MeProvider({ children }: { children: ReactNode }) {
  const { api } = useSignedIn();
  const { t } = useI18n();
  const { resource, reload, refresh } = useResource(() => getMe(api), [api]);
  const me = resource.status === 'ready' ? resource.data : null;
  // Kept for signing out, which may only come once the token has stopped working.
  useEffect(() => {
    if (me) rememberSignedInPerson(me);
  }, [me]);

  if (resource.status === 'loading') return <FullPageSpinner label={t('common.loading')} />;
  if (resource.status === 'error') {
    return (
      <main className="centered-page">
        <ErrorBox error={resource.error} onRetry={reload} />
      </main>
    );
  }
  return <MeContext.Provider value={{ me: resource.data, refreshMe: refresh }}>{children}</MeContext.Provider>;
}

export function useMe(): MeValue {
  const value = useContext(MeContext);
  if (!value) throw new Error('useMe must be used inside <MeProvider>');
  return value;
}
