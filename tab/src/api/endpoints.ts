import type {
  ActionsAnswer,
  DecideActions,
  LocalPeople,
  Me,
  MyActions,
  MyResponses,
  MyVisits,
  UpdateAction,
  VisitDetail,
} from '../../../src/http/api-types';
import type {
  BookRequest,
  CancelRequest,
  Done,
  MoveRequest,
  Overview,
  RetryRequest,
  SnoozeRequest,
} from '../../../src/http/overview-types';
import type { ApiClient } from './client';

const id = encodeURIComponent;

/** The tab's API, one function per endpoint (src/http/api-types.ts and overview-types.ts describe each). */
export function endpoints(api: ApiClient) {
  return {
    me: () => api.get<Me>('/api/me'),
    overview: () => api.get<Overview>('/api/overview'),
    book: (body: BookRequest) => api.post<Done>('/api/rota/bookings', body),
    move: (bookingId: string, body: MoveRequest) =>
      api.post<Done>(`/api/rota/bookings/${id(bookingId)}/move`, body),
    cancel: (bookingId: string, body: CancelRequest) =>
      api.post<Done>(`/api/rota/bookings/${id(bookingId)}/cancel`, body),
    snooze: (body: SnoozeRequest) => api.post<Done>('/api/nudges/snooze', body),
    retry: (body: RetryRequest) => api.post<Done>('/api/outbox/retry', body),
    myVisits: () => api.get<MyVisits>('/api/my-visits'),
    visit: (visitId: string) => api.get<VisitDetail>(`/api/visits/${id(visitId)}`),
    myResponses: () => api.get<MyResponses>('/api/my-responses'),
    decideActions: (visitId: string, body: DecideActions) =>
      api.post<ActionsAnswer>(`/api/visits/${id(visitId)}/actions`, body),
    myActions: () => api.get<MyActions>('/api/my-actions'),
    updateAction: (serviceId: string, actionId: string, body: UpdateAction) =>
      api.post<ActionsAnswer>(`/api/actions/${id(serviceId)}/${id(actionId)}`, body),
  };
}

export type Endpoints = ReturnType<typeof endpoints>;

/** Local mode's directory, asked without credentials: 404 means this is not local mode. */
export async function localPeople(): Promise<LocalPeople | 'not-local'> {
  const response = await fetch('/api/local/people', { headers: { Accept: 'application/json' } });
  if (response.status === 404) return 'not-local';
  if (!response.ok) throw new Error(`GET /api/local/people answered ${response.status}`);
  return (await response.json()) as LocalPeople;
}
