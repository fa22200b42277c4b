/** The list of documents: title, my role, my group (in its colour), last updated in my time zone. */
import type { DocumentSummary } from '../../shared/api/documents.js';
import { findGroup } from '../../shared/groups.js';
import { AppLink } from '../app/AppLink';
import { documentPath } from '../app/router';
import { useI18n } from '../i18n/I18nProvider';
import { useFormatDateTime } from '../i18n/format-date';
import { GroupChip } from '../ui/GroupChip';
import { RoleBadge } from '../ui/RoleBadge';
import { SkeletonLines } from '../ui/Skeleton';

export function DocumentTable({ documents }: { documents: readonly DocumentSummary[] }) {
  const { t } = useI18n();
  const formatDateTime = useFormatDateTime();
  return (
    <table className="document-table" data-testid="document-list">
      <thead>
        <tr>
          <th scope="col">{t('documents.column.title')}</th>
          <th scope="col">{t('documents.column.role')}</th>
          <th scope="col">{t('documents.column.group')}</th>
          <th scope="col">{t('documents.column.updated')}</th>
        </tr>
      </thead>
      <tbody>
        {documents.map((document) => (
          <tr key={document.id}>
            <td className="document-table__title">
              <AppLink to={documentPath(document.id)} data-testid="document-link" data-document-id={document.id}>
                {document.title || t('document.untitled')}
              </AppLink>
            </td>
            <td>
              <RoleBadge role={document.myRole} />
            </td>
            <td>
              <GroupChip group={findGroup(document.groups, document.myGroupId)} fallbackId={document.myGroupId} />
            </td>
            <td className="document-table__date">
              <time dateTime={document.updatedAt}>{formatDateTime(document.updatedAt)}</time>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function DocumentTableSkeleton() {
  return (
    <div className="document-table document-table--loading">
      <SkeletonLines count={4} />
    </div>
  );
}
