import { renderNudgeCard, type NudgeCardData } from '../../cards/nudge-card';
import { VERB } from '../../cards/verbs';
import type { Person } from '../../directory/types';
import { formatMoment } from '../../kernel/london';
import { HANDLES_NUDGES, type NudgeHandling } from '../../nudges/handling';
import type { NudgeAction } from '../../nudges/types';
import { bad, forRoles, ok, type CardAction, type CardData, type Parsed } from './card-action';

export interface NudgeDeps {
  readonly nudges: NudgeHandling;
  /** Tells the nudge scheduler that a nudge changed (the digest shows it). */
  readonly kickNudges: () => void;
}

const ACTIONS: readonly NudgeAction[] = ['book', 'snooze', 'handle'];

/** Snooze 1 week and Mark as handled, on the partnerships team's nudge cards; the card updates in place. */
export function nudgeActions(deps: NudgeDeps): CardAction[] {
  /** The nudge a button came from, as its card carried it. */
  const parse = (data: CardData): Parsed<NudgeCardData> => {
    const { topic, text, actions, serviceId } = data;
    if (typeof topic !== 'string' || !deps.nudges.isTopic(topic) || typeof text !== 'string')
      return bad('topic');
    if (!Array.isArray(actions) || !actions.every((a) => ACTIONS.includes(a as NudgeAction)))
      return bad('actions');
    return ok({
      topic,
      text: text.slice(0, 500),
      actions: actions as NudgeAction[],
      ...(typeof serviceId === 'string' && serviceId ? { serviceId } : {}),
    });
  };
  const act = (
    verb: typeof VERB.nudgeSnooze | typeof VERB.nudgeHandle,
    done: NudgeAction,
    record: (by: Person, topic: string) => Promise<string>,
  ): CardAction =>
    forRoles({
      ...HANDLES_NUDGES,
      verb,
      parse,
      async run(nudge, user) {
        const status = await record(user, nudge.topic);
        deps.kickNudges();
        const left =
          done === 'handle'
            ? nudge.actions.filter((a) => a === 'book')
            : nudge.actions.filter((a) => a !== done);
        return renderNudgeCard({ ...nudge, actions: left }, status);
      },
    });
  return [
    act(VERB.nudgeSnooze, 'snooze', async (by, topic) => {
      const until = await deps.nudges.snooze(by, topic);
      return `Snoozed by ${by.name}: I will remind you again on ${formatMoment(until)} if it still applies.`;
    }),
    act(VERB.nudgeHandle, 'handle', async (by, topic) => {
      await deps.nudges.handle(by, topic);
      return `Marked as handled by ${by.name}: I will not remind you about this again.`;
    }),
  ];
}
