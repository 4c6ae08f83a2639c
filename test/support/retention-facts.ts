import { planRetention } from '../../src/retention/rules';
import {
  DEFAULT_SCHEDULE,
  type DeliveredMessage,
  type Hold,
  type RetentionFacts,
  type VisitFacts,
} from '../../src/retention/types';

/** A submitted visit of 10 May 2020 (municipal year 2020-21) to ChECS, as the rules read it. */
export const visit = (over: Partial<VisitFacts> = {}): VisitFacts => ({
  id: 'v1',
  serviceId: 'checs',
  serviceName: 'ChECS',
  date: '2020-05-10',
  status: 'submitted',
  councillorIds: ['c1', 'c2'],
  people: ['c1', 'c2', 'r1'],
  lastActivityAt: '2020-05-20T10:00:00Z',
  ...over,
});

/** Nothing to retain but what `over` gives. */
export const facts = (over: Partial<RetentionFacts> = {}): RetentionFacts => ({
  visits: [],
  delivered: [],
  nudgeState: [],
  reportDrafts: [],
  bookings: [],
  reminders: [],
  holds: [],
  ...over,
});

/** A hold "H-<kind>" placed on 1 January 2026, lifted on 1 February if asked. */
export const hold = (kind: Hold['subject']['kind'], id: string, lifted = false): Hold => ({
  id: `H-${kind}`,
  subject: { kind, id },
  reason: 'INQ-1',
  placedBy: { id: 'p', name: 'P' },
  placedAt: '2026-01-01T00:00:00Z',
  ...(lifted ? { lifted: { by: { id: 'p', name: 'P' }, at: '2026-02-01T00:00:00Z' } } : {}),
});

/** The plan at an ISO moment with the default schedule. */
export const plan = (now: string, f: RetentionFacts) => planRetention(new Date(now), f, DEFAULT_SCHEDULE);

/** A message to the partnerships channel, queued on 1 January 2026 and sent. */
export const delivered = (over: Partial<DeliveredMessage> = {}): DeliveredMessage => ({
  store: 'Outbox',
  partition: 'outbox',
  rowKey: `outbox|${over.id ?? 'm1'}`,
  id: 'm1',
  to: { kind: 'partnerships' },
  kind: 'post',
  status: 'sent',
  attempts: 1,
  createdAt: '2026-01-01T10:00:00Z',
  etag: 'e',
  ...over,
});
