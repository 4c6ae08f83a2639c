import { actor, type AuditTrail } from '../audit/trail';
import type { AuditChange } from '../audit/types';
import type { Allowed } from '../directory/access';
import type { Person } from '../directory/types';
import type { Clock } from '../kernel/clock';
import type { NudgeRepository } from './store';

/** Who may snooze a nudge or mark it handled. */
export const HANDLES_NUDGES: Allowed = {
  roles: ['partnerships'],
  refusal: 'Only the partnerships team can snooze or close nudges',
};

/** How long Snooze keeps a nudge quiet. */
export const SNOOZE_MS = 7 * 24 * 60 * 60 * 1000;

/** Topics are made by the rules: a kind, then ids and days ("service-overdue:checs:2026-11-15"). */
const TOPIC = /^[a-z-]+:[A-Za-z0-9:._-]{1,200}$/;

export interface NudgeHandlingDeps {
  readonly nudges: NudgeRepository;
  readonly clock: Clock;
  /** Where each snooze and "handled" is recorded. */
  readonly audit: AuditTrail;
}

/** What the partnerships team can do with a nudge: snooze it for a week, or mark it handled for good. */
export function createNudgeHandling(deps: NudgeHandlingDeps) {
  return {
    isTopic: (topic: string): boolean => TOPIC.test(topic),

    /** What the team did with each nudge, by topic: snoozed until when, or handled. */
    quiet: () => deps.nudges.quiet(),

    /** Quiet until a week from now; the nudge is sent again then, if it still applies. Answers until when. */
    async snooze(by: Person, topic: string): Promise<string> {
      const now = deps.clock.now();
      const until = new Date(now.getTime() + SNOOZE_MS).toISOString();
      await deps.nudges.setQuiet(topic, { until, by: by.name }, now);
      await deps.audit.record(nudgeEntry(by, 'nudge.snoozed', topic));
      return until;
    },

    /** Never sent again: someone has dealt with it outside the bot. */
    async handle(by: Person, topic: string): Promise<void> {
      await deps.nudges.setQuiet(topic, { handled: true, by: by.name }, deps.clock.now());
      await deps.audit.record(nudgeEntry(by, 'nudge.handled', topic));
    },
  };
}

export type NudgeHandling = ReturnType<typeof createNudgeHandling>;

/** A nudge's entry: its topic names it; a form's or a response's nudge concerns a visit (see topics.ts). */
function nudgeEntry(by: Person, kind: 'nudge.snoozed' | 'nudge.handled', topic: string): AuditChange {
  const [about, id] = topic.split(':');
  const visitId = about === 'form-overdue' || about === 'response-overdue' ? id : undefined;
  return {
    by: actor(by),
    kind,
    record: { kind: 'nudge', id: topic },
    ...(visitId ? { visitId } : {}),
    detail: about ?? topic,
  };
}
