import { Template } from 'adaptivecards-templating';
import bookedTemplate from '../../adaptive-cards/booked-visits.json';
import type { BookedSlot } from '../nudges/types';
import { calendarLink } from './calendar-link';
import { formatDay } from '../kernel/london';
import { escapeMarkdown } from './escape';

const template = new Template(bookedTemplate);

/** Teams refuses a card over 28 KB; this leaves room for the activity around it. */
export const CARD_BUDGET = 26_000;

/**
 * A councillor's booking confirmation: the sentence, then each visit in date order with its time, an
 * "Add to calendar" button and its Teams meeting link when it has one. If the buttons of many visits would
 * not fit in one card, the latest visits are listed without them.
 */
export function renderBookedCard(text: string, slots: readonly BookedSlot[]): object {
  const sorted = [...slots].sort((a, b) => a.day.localeCompare(b.day) || a.time.localeCompare(b.time));
  const render = (withLinks: number): object =>
    template.expand({
      $root: {
        heading: escapeMarkdown(text),
        visits: sorted.map((slot, i) => ({
          when: `${formatDay(slot.day)} at ${slot.time}`,
          service: escapeMarkdown(slot.serviceName),
          links: i < withLinks ? links(slot) : [],
        })),
        note:
          withLinks < sorted.length
            ? `No room in one message for the buttons of the last ${sorted.length - withLinks} visits: the partnerships team can send their invitations.`
            : '',
      },
    }) as object;
  let withLinks = sorted.length;
  let card = render(withLinks);
  while (withLinks > 0 && JSON.stringify(card).length > CARD_BUDGET) card = render(--withLinks);
  return card;
}

function links(slot: BookedSlot): { title: string; url: string }[] {
  return [
    { title: 'Add to calendar', url: calendarLink(slot) },
    ...(slot.meetingLink ? [{ title: 'Join the Teams meeting', url: slot.meetingLink }] : []),
  ];
}
