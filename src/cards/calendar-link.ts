import type { BookedSlot } from '../nudges/types';
import { londonTime } from '../kernel/london';

/** Visits are booked for an hour. */
const VISIT_MS = 60 * 60 * 1000;

/**
 * Teams' deep link that opens a new meeting form filled in for the visit: subject, start and end (ISO instants
 * of the London time, one hour), attendees and a note with the meeting link if the booking has one.
 */
export function calendarLink(slot: BookedSlot): string {
  const start = londonTime(slot.day, slot.time);
  const end = new Date(start.getTime() + VISIT_MS);
  const content = [
    `Frontline visit to ${slot.serviceName}.`,
    ...(slot.meetingLink ? [`Join the Teams meeting: ${slot.meetingLink}`] : []),
  ].join(' ');
  const query = [
    ['subject', `Frontline visit: ${slot.serviceName}`],
    ['startTime', start.toISOString()],
    ['endTime', end.toISOString()],
    ...(slot.attendees.length ? [['attendees', slot.attendees.join(',')]] : []),
    ['content', content],
  ]
    .map(([key, value]) => `${key}=${encodeURIComponent(value!)}`)
    .join('&');
  return `https://teams.microsoft.com/l/meeting/new?${query}`;
}
