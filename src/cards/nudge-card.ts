import type { Nudge } from '../nudges/rules';
import type { Form } from '../visits/forms';
import { escapeMarkdown } from './escape';
import { VERBS } from './visit-actions';
import { renderNotice } from './visit-cards';

/**
 * How a nudge is sent: a line of text, or for the reminder before a booked visit a card with the form's
 * guidance to think about during the visit and a button that starts its form.
 */
export function renderNudge(nudge: Nudge, form: Form | undefined): Record<string, unknown> {
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
        verb: VERBS.create,
        style: 'positive',
        data: { bookingId: nudge.startsBooking },
      },
    ],
  );
  return { attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: card }] };
}
