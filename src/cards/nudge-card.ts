import type { Nudge, NudgeAction } from '../nudges/types';
import type { Form } from '../visits/forms';
import { renderBookedCard } from './booked-card';
import { cardActivity } from './card-activity';
import { escapeMarkdown } from './escape';
import { VERB } from './verbs';
import { renderNotice, type Button } from './notice-card';

/** What a nudge card's buttons carry, so that the card can be drawn again after a click. */
export interface NudgeCardData {
  readonly topic: string;
  readonly text: string;
  readonly actions: readonly NudgeAction[];
  readonly serviceId?: string;
}

/**
 * How a nudge is sent: for the partnerships channel a card with its actions (Book, Snooze 1 week, Mark as
 * handled); for a booking confirmation a card with each visit's Add to calendar and meeting link; for the
 * reminder before a booked visit a card with the form's guidance, a Start button and its meeting link if any;
 * otherwise a line of text.
 */
export function renderNudge(nudge: Nudge, form: Form | undefined): Record<string, unknown> {
  if (nudge.actions?.length) {
    return cardActivity(
      renderNudgeCard({
        topic: nudge.topic,
        text: nudge.text,
        actions: nudge.actions,
        ...(nudge.serviceId ? { serviceId: nudge.serviceId } : {}),
      }),
    );
  }
  if (nudge.visits?.length) return cardActivity(renderBookedCard(nudge.text, nudge.visits));
  if (!nudge.startsBooking) return { text: escapeMarkdown(nudge.text), textFormat: 'markdown' };
  const guidance = (form?.areas ?? []).map(
    (area) => `**${escapeMarkdown(area.title)}:** ${area.guidance.map(escapeMarkdown).join(' ')}`,
  );
  const card = renderNotice(
    escapeMarkdown(nudge.text),
    ['Questions to keep in mind during the visit (always start with what is working well):', ...guidance],
    [
      {
        title: 'Start the form',
        verb: VERB.visitCreate,
        style: 'positive',
        data: { bookingId: nudge.startsBooking },
      },
    ],
  );
  return cardActivity(nudge.meetingLink ? withMeetingLink(card, nudge.meetingLink) : card);
}

/** The reminder with a button that opens the visit's Teams meeting, after Start the form (as the confirmation
 * offers it). The notice template has only Execute buttons, so the link is added to the expanded card. */
function withMeetingLink(card: object, url: string): object {
  const { actions = [], ...rest } = card as { actions?: object[] };
  return { ...rest, actions: [...actions, { type: 'Action.OpenUrl', title: 'Join the Teams meeting', url }] };
}

/** A partnerships nudge: its text, what was done with it (if anything), and the actions still open. */
export function renderNudgeCard(data: NudgeCardData, status?: string): object {
  const buttons: Button[] = data.actions.map((action) => {
    switch (action) {
      case 'book':
        return {
          title: 'Book',
          verb: VERB.rotaOpenSchedule,
          style: 'positive',
          data: { serviceId: data.serviceId ?? '' },
        };
      case 'snooze':
        return { title: 'Snooze 1 week', verb: VERB.nudgeSnooze, style: 'default', data: { ...data } };
      case 'handle':
        return { title: 'Mark as handled', verb: VERB.nudgeHandle, style: 'default', data: { ...data } };
    }
  });
  return renderNotice(escapeMarkdown(data.text), status ? [escapeMarkdown(status)] : [], buttons);
}
