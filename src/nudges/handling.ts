import type { Allowed } from '../directory/access';
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

/** What the partnerships team can do with a nudge: snooze it for a week, or mark it handled for good. */
export function createNudgeHandling(deps: { nudges: NudgeRepository; clock: Clock }) {
  return {
    isTopic: (topic: string): boolean => TOPIC.test(topic),

    /** What the team did with each nudge, by topic: snoozed until when, or handled. */
    quiet: () => deps.nudges.quiet(),

    /** Quiet until a week from now; the nudge is sent again then, if it still applies. Answers until when. */
    async snooze(byName: string, topic: string): Promise<string> {
      const now = deps.clock.now();
      const until = new Date(now.getTime() + SNOOZE_MS).toISOString();
      await deps.nudges.setQuiet(topic, { until, by: byName }, now);
      return until;
    },

    /** Never sent again: someone has dealt with it outside the bot. */
    async handle(byName: string, topic: string): Promise<void> {
      await deps.nudges.setQuiet(topic, { handled: true, by: byName }, deps.clock.now());
    },
  };
}

export type NudgeHandling = ReturnType<typeof createNudgeHandling>;
