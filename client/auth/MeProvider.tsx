/** Loads who the signed-in person is (/api/me) once, and gives it to the pages below. */
import { useQueryClient } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useEffect, useMemo, type ReactNode } from 'react';
import type { Me } from '../../shared/api/participants.js';
import { loadState } from '../api/load-state';
import { queryKeys } from '../api/query-keys';
import { useI18n } from '../i18n/I18nProvider';
import { rememberSignedInPerson } from '../local-data/signed-in-person';
import { ErrorBox } from '../ui/ErrorBox';
import { FullPageSpinner } from '../ui/Spinner';
import { useMeQuery } from './queries/me-query';

interface MeValue {
  me: Me;
  /** Loads /api/me again, e.g. after creating a document adds a membership. */
  refreshMe: () => void;
}

const MeContext = createContext<MeValue | null>(null);

export function MeProvider({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const query = useMeQuery();
  const resource = loadState(query);
  const me = resource.data ?? null;
  const queryClient = useQueryClient();
  const refreshMe = useCallback(() => void queryClient.invalidateQueries({ queryKey: queryKeys.me() }), [queryClient]);
  const value = useMemo(() => (me ? { me, refreshMe } : null), [me, refreshMe]);
  // Kept for signing out, which may only come once the token has stopped working.
  useEffect(() => {
    if (me) rememberSignedInPerson(me);
  }, [me]);

  if (!value) {
    if (resource.status !== 'error') return <FullPageSpinner label={t('common.loading')} />;
    return (
      <main className="centered-page">
        <ErrorBox error={resource.error} onRetry={() => void query.refetch()} />
      </main>
    );
  }
  return <MeContext.Provider value={value}>{children}</MeContext.Provider>;
}

export function useMe(): MeValue {
  const value = useContext(MeContext);
  if (!value) throw new Error('useMe must be used inside <MeProvider>');
  return value;
}
