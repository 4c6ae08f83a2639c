import type { Response, ResponseRequest } from '../responses/types';

/** A visit by one or more councillors to one service, recorded on one form version. */
export interface Visit {
  readonly id: string;
  readonly serviceId: string;
  readonly serviceName: string;
  /** The day of the visit, YYYY-MM-DD (Europe/London). */
  readonly date: string;
  /** aadObjectIds of the councillors named on the visit; each may contribute. */
  readonly councillorIds: readonly string[];
  readonly councillorNames: readonly string[];
  readonly formKey: string;
  readonly status: 'draft' | 'submitted';
  readonly createdBy: string;
  readonly createdAt: string;
  readonly submittedBy?: string;
  readonly submittedByName?: string;
  readonly submittedAt?: string;
  /** Storage's version tag; a write with a stale one is refused. */
  readonly etag: string;
}

/** The saved text of one step, and who last changed it. */
export interface Answer {
  readonly stepId: string;
  readonly text: string;
  /** 1 for the first save, +1 for each later one; cards carry it to detect stale clicks. */
  readonly revision: number;
  readonly updatedBy: string;
  readonly updatedByName: string;
  readonly updatedAt: string;
  readonly etag: string;
}

/** Where a councillor paused the walkthrough, so Continue goes back there. */
export interface Pause {
  readonly stepId: string;
  readonly at: string;
}

/** A visit with every answer (and, once submitted, the response request and responses): one partition read. */
export interface VisitRecord {
  readonly visit: Visit;
  readonly answers: ReadonlyMap<string, Answer>;
  /** Where each councillor (by aadObjectId) last paused. */
  readonly pauses?: ReadonlyMap<string, Pause>;
  readonly request?: ResponseRequest;
  readonly responses?: ReadonlyMap<string, Response>;
}

/** A change after submission, kept for audit. */
export interface Amendment {
  readonly stepId: string;
  readonly reason: string;
  readonly previousText: string;
  readonly by: string;
  readonly byName: string;
  readonly at: string;
}
