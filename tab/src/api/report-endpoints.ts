import type { DraftEdit } from '../../../src/report/edits';
import type { SensitiveHit } from '../../../src/report/sensitive-hits';
import type { DraftChange, Period, ReportDraft, ReportResponse } from '../../../src/report/types';
import type { ApiClient } from './client';

/** One heading's facts beside its draft: the visits sentence, the visits behind the points, the comments. */
export interface HeadingFacts {
  readonly heading: string;
  readonly visitsSentence: string;
  readonly visits: readonly {
    readonly visitId: string;
    readonly serviceName: string;
    readonly date: string;
    readonly councillorNames: readonly string[];
    readonly feedbackAwaited: boolean;
    readonly formAwaited?: boolean;
  }[];
  readonly comments: readonly (ReportResponse & { readonly visitId: string })[];
}

/** GET /api/report (and what an edit or refresh answers): the draft and where its points came from. */
export interface ReportJson {
  readonly period: Period;
  readonly stale?: string;
  readonly draft: ReportDraft;
  readonly services: readonly HeadingFacts[];
  readonly changes?: readonly DraftChange[];
}

/** An edit's answer: what the change log says of it, and the draft after it. */
export type EditAnswer = ReportJson & { readonly what: string };

/** 409 from an edit (someone changed it first) or 422 (no longer applies): the sentence and the latest draft. */
export type EditRefusal = ReportJson & { readonly error: string };

/** 409 from a download link (or, rarely, from following it): the personal-data check's hits. */
export interface DownloadRefusal {
  readonly error: string;
  readonly hits: readonly SensitiveHit[];
}

export type DownloadFormat = 'docx' | 'csv';

/** None named: the server's default, the last municipal year. */
const q = (period: string | undefined): string =>
  period === undefined ? '' : `?period=${encodeURIComponent(period)}`;

/** The committee report's API: src/http/report-api.ts. */
export function reportEndpoints(api: ApiClient) {
  return {
    draft: (period: string | undefined) => api.get<ReportJson>(`/api/report${q(period)}`),
    refresh: (period: string | undefined) => api.post<ReportJson>(`/api/report/refresh${q(period)}`),
    edit: (period: string | undefined, edit: DraftEdit, seen: string) =>
      api.post<EditAnswer>(`/api/report/edits${q(period)}`, { edit, seen }),
    /** A short-lived link to the file, after the personal-data check; 409 with a DownloadRefusal if it found something. */
    downloadLink: (period: string, format: DownloadFormat, confirm: boolean) =>
      api.post<{ url: string }>('/api/report/download-link', {
        format,
        period,
        ...(confirm ? { confirm: true } : {}),
      }),
  };
}

export type ReportEndpoints = ReturnType<typeof reportEndpoints>;
