const DAY = new Intl.DateTimeFormat('en-GB', {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});
const MOMENT = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'Europe/London',
});

/** "Tue, 10 Nov 2026" for a calendar day "2026-11-10". */
export const formatDay = (day: string): string => DAY.format(new Date(`${day}T00:00:00Z`));

/** "10 Nov 2026, 14:05" in UK time, for an ISO instant. */
export const formatMoment = (iso: string): string => MOMENT.format(new Date(iso));
