import { formatMoment } from '../kernel/london';
import { NUDGE_VERBS, renderNudgeCard, type NudgeCardData } from '../cards/nudge-card';
import { renderNotice } from '../cards/notice-card';
import type { NudgeAction } from '../nudges/types';
import { badData } from './channel-guards';
import type { Turn } from './turn';

type Handler = (turn: Turn, data: Record<string, unknown>) => Promise<object>;

const ACTIONS: readonly NudgeAction[] = ['book', 'snooze', 'handle'];

/** The nudge a button came from, as its card carried it; undefined when the data is not ours. */
function nudgeOf(turn: Turn, data: Record<string, unknown>): NudgeCardData | undefined {
  const { topic, text, actions, serviceId } = data;
  if (typeof topic !== 'string' || !turn.nudges.isTopic(topic) || typeof text !== 'string') return undefined;
  if (!Array.isArray(actions) || !actions.every((a) => ACTIONS.includes(a as NudgeAction))) return undefined;
  return {
    topic,
    text: text.slice(0, 500),
    actions: actions as NudgeAction[],
    ...(typeof serviceId === 'string' && serviceId ? { serviceId } : {}),
  };
}

/** Snooze 1 week and Mark as handled, on the partnerships team's nudge cards; the card updates in place. */
function nudgeAction(act: (turn: Turn, nudge: NudgeCardData) => Promise<string>, done: NudgeAction): Handler {
  return async (turn, data) => {
    if (turn.user?.role !== 'partnerships') {
      return renderNotice('Only the partnerships team can snooze or close nudges', ['Nothing was changed.']);
    }
    const nudge = nudgeOf(turn, data);
    if (!nudge) return badData;
    const status = await act(turn, nudge);
    turn.rotaChanged();
    const left =
      done === 'handle' ? nudge.actions.filter((a) => a === 'book') : nudge.actions.filter((a) => a !== done);
    return renderNudgeCard({ ...nudge, actions: left }, status);
  };
}

export const NUDGE_ROUTES: Readonly<Record<string, Handler>> = {
  [NUDGE_VERBS.snooze]: nudgeAction(async (turn, nudge) => {
    const until = await turn.nudges.snooze(turn.user!.name, nudge.topic);
    return `Snoozed by ${turn.user!.name}: I will remind you again on ${formatMoment(until)} if it still applies.`;
  }, 'snooze'),
  [NUDGE_VERBS.handle]: nudgeAction(async (turn, nudge) => {
    await turn.nudges.handle(turn.user!.name, nudge.topic);
    return `Marked as handled by ${turn.user!.name}: I will not remind you about this again.`;
  }, 'handle'),
};
