import type {
  AuditDownloadRequest,
  AuditPage,
  DownloadLink,
  HoldsPage,
  HoldView,
  PlaceHold,
} from '../../../src/http/api-types';
import type { ApiClient } from './client';

/** The Records page's filter, as GET /api/audit takes it: London days, a visit id, a person's id or e-mail. */
export interface RecordsFilter {
  readonly from: string;
  readonly to: string;
  readonly visit: string;
  readonly person: string;
}

const search = (f: RecordsFilter): string =>
  new URLSearchParams(
    Object.entries(f).filter((pair): pair is [string, string] => pair[1].trim() !== ''),
  ).toString();

/** The audit trail's API (src/http/audit-routes.ts), the subject access export's link and legal holds. */
export function recordsEndpoints(api: ApiClient) {
  return {
    audit: (filter: RecordsFilter) => api.get<AuditPage>(`/api/audit?${search(filter)}`),
    /** A short-lived link to every matching entry as CSV. */
    csvLink: (filter: RecordsFilter) =>
      api.post<DownloadLink>('/api/audit/download-link', filter satisfies AuditDownloadRequest),
    /** A short-lived link to the person's records as a .zip; 404/403 with the sentence. */
    subjectAccessLink: (person: string) =>
      api.post<DownloadLink>('/api/records/subject-access/link', { person }),
    holds: () => api.get<HoldsPage>('/api/holds'),
    /** 201 with the hold; 400/422 with the sentence. */
    placeHold: (hold: PlaceHold) => api.post<HoldView>('/api/holds', hold),
    /** 200 with the hold as lifted; 404/409 with the sentence. */
    liftHold: (id: string) => api.post<HoldView>(`/api/holds/${encodeURIComponent(id)}/lift`),
  };
}
