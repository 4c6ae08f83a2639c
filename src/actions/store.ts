import type { Action } from './types';

/** Actions by service (one partition each), so a service's follow-up is one read and a triage one transaction. */
export interface ActionRepository {
  /** Every stored action of a service, oldest visit first. */
  forService(serviceId: string): Promise<Action[]>;
  get(serviceId: string, actionId: string): Promise<Action | undefined>;
  /**
   * Writes actions of one service in one transaction: each is created (when `etag` is '') or replaced only if
   * still at its `etag`; throws ConcurrencyConflict (kernel/errors) if any changed since it was read. Answers
   * them as saved, with their new etags.
   */
  saveAll(serviceId: string, actions: readonly Action[]): Promise<Action[]>;
  /** Every stored action (the weekly digest's overdue ones, the report's period). */
  all(): Promise<Action[]>;
}

/** A service id storage can take as a partition key (letters, digits, - and _, up to 100): any other is not found. */
export const isServiceKey = (serviceId: string): boolean => /^[A-Za-z0-9_-]{1,100}$/.test(serviceId);
