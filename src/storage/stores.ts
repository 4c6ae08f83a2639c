import { createActionRepository } from './action-repository';
import { createAuditRepository } from './audit-repository';
import { createBookingRepository } from './booking-repository';
import { createConversationRepository } from './conversation-repository';
import { createCouncillorVisitRepository } from './councillor-visit-repository';
import { createHoldRepository } from './hold-repository';
import { createLaneRepository } from './lane-repository';
import { createLeaseRepository } from './lease-repository';
import { createLiveCardRepository } from './live-card-repository';
import { createNudgeRepository } from './nudge-repository';
import { createOutboxStore } from './outbox-store';
import { createPeopleRepository } from './people-repository';
import { createReportDraftRepository } from './report-draft-repository';
import { createReportVisitRepository } from './report-visit-repository';
import { createServiceRepository } from './service-repository';
import { createStandingRepository } from './standing-repository';
import type { Tables } from './tables';
import { createVisitRepository } from './visit-repository';

/** One repository per table, each implementing a domain store: what the composition roots wire. */
export function createStores(tables: Tables) {
  const visitOutbox = createOutboxStore('Visits', tables.Visits);
  const standaloneOutbox = createOutboxStore('Outbox', tables.Outbox);
  return {
    people: createPeopleRepository(tables.People),
    services: createServiceRepository(tables.Services),
    /** Kept in the overview's index only when wrapped by `keepingStanding` (src/overview/keep-standing.ts). */
    visits: createVisitRepository(tables.Visits, visitOutbox),
    councillorVisits: createCouncillorVisitRepository(tables.CouncillorVisits),
    conversations: createConversationRepository(tables.Conversations),
    liveCards: createLiveCardRepository(tables.Conversations),
    bookings: createBookingRepository(tables.Rota),
    /** The overview's index of open visits. */
    standing: createStandingRepository(tables.Standing),
    nudges: createNudgeRepository(tables.Nudges),
    leases: createLeaseRepository(tables.Leases),
    lanes: createLaneRepository(tables.Lanes),
    reportVisits: createReportVisitRepository(tables.ReportVisits),
    reportDrafts: createReportDraftRepository(tables.ReportDrafts),
    actions: createActionRepository(tables.Actions),
    /** Append-only. */
    audit: createAuditRepository(tables.Audit),
    /** Legal holds: what retention must not delete. */
    holds: createHoldRepository(tables.Holds),
    /** The outbox of each table that holds messages: a visit's messages live in its partition. */
    visitOutbox,
    standaloneOutbox,
  };
}

export type Stores = ReturnType<typeof createStores>;
