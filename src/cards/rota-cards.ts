import { Template } from 'adaptivecards-templating';
import changeTemplate from '../../adaptive-cards/rota-change.json';
import planTemplate from '../../adaptive-cards/rota-plan.json';
import rotaTemplate from '../../adaptive-cards/rota.json';
import scheduleTemplate from '../../adaptive-cards/rota-schedule.json';
import type { RotaLine } from '../rota/lines';
import { CHANGE_REASONS, type Booking } from '../rota/types';
import { formatDay } from '../kernel/london';
import { CARD_BUDGET } from './booked-card';
import { escapeMarkdown } from './escape';

const templates = {
  rota: new Template(rotaTemplate),
  schedule: new Template(scheduleTemplate),
  change: new Template(changeTemplate),
  plan: new Template(planTemplate),
};
const expand = (t: Template, data: object): object => t.expand({ $root: data }) as object;

/** The `rota` card: each service's last visit, next booking, due date and status. */
export function renderRota(lines: readonly RotaLine[], notice = ''): object {
  return expand(templates.rota, {
    notice: escapeMarkdown(notice),
    lines: lines.map((line) => ({
      name: escapeMarkdown(line.service.name),
      lastVisit: line.lastVisit ? formatDay(line.lastVisit) : 'none on record',
      next: line.next ? `${formatDay(line.next.day)}${line.next.time ? ` ${line.next.time}` : ''}` : 'none',
      due: line.due ? formatDay(line.due) : 'now',
      flag: line.flag,
      bookingId: line.next?.bookingId ?? '',
    })),
  });
}

export interface ScheduleCardData {
  readonly services: readonly { id: string; name: string }[];
  readonly councillors: readonly { id: string; name: string }[];
  readonly day: string;
  readonly notice?: string;
  readonly serviceId?: string;
}

/** The `schedule` card: book a visit to a service. */
export function renderSchedule(data: ScheduleCardData): object {
  return expand(templates.schedule, {
    services: data.services,
    councillors: data.councillors,
    day: data.day,
    time: '10:00',
    serviceId: data.serviceId ?? '',
    notice: data.notice ? escapeMarkdown(data.notice) : '',
  });
}

/** The card to move a booking to another day or start time, or cancel it, with its history. */
export function renderChange(booking: Booking, serviceName: string, notice = ''): object {
  return expand(templates.change, {
    heading: escapeMarkdown(`${serviceName}: ${formatDay(booking.day)} ${booking.time}`),
    notice: escapeMarkdown(notice),
    history: booking.history
      .map((h) => escapeMarkdown(`${h.what} by ${h.byName}${h.reason ? ` (${h.reason})` : ''}`))
      .join('; '),
    day: booking.day,
    time: booking.time,
    reasons: CHANGE_REASONS,
    bookingId: booking.id,
  });
}

/** One row of the plan card: a proposed visit as proposed or as the officer adjusted it. */
export interface PlanRow {
  readonly serviceId: string;
  readonly day: string;
  /** Start, "HH:MM" London time, as proposed or as typed. */
  readonly time: string;
  readonly councillorIds: readonly string[];
  readonly include: boolean;
  readonly problem?: string;
}

export interface PlanCardData {
  readonly planId: string;
  readonly year: number;
  readonly rows: readonly PlanRow[];
  readonly services: readonly { id: string; name: string }[];
  readonly councillors: readonly { id: string; name: string }[];
  /** Visits already booked in the year, shown for context. */
  readonly booked: readonly { serviceId: string; day: string }[];
  readonly notice?: { text: string; good: boolean };
}

/** Up to this many councillors, each row lists them all; beyond it, each row searches them as the officer types. */
export const STATIC_CHOICES_MAX = 15;
/** The dataset a row's councillor search asks the bot for (Teams' `application/search` invoke). */
export const COUNCILLORS_DATASET = 'councillors';

/**
 * The `plan <year>` card: the proposed visits, each adjustable (date, start time, councillors), to book together.
 * With more than STATIC_CHOICES_MAX councillors, or when every row's list of them would not fit in one card,
 * the councillor boxes search the directory (Data.Query) and carry only the councillors chosen.
 */
export function renderPlan(data: PlanCardData): object {
  const name = (serviceId: string): string =>
    escapeMarkdown(data.services.find((s) => s.id === serviceId)?.name ?? serviceId);
  const nameOf = (id: string): string => data.councillors.find((c) => c.id === id)?.name ?? id;
  const booked = [...data.booked].sort((a, b) => a.day.localeCompare(b.day));
  const render = (typeahead: boolean): object =>
    expand(templates.plan, {
      heading: `Plan for ${data.year}`,
      planId: data.planId,
      year: data.year,
      notice: data.notice ? escapeMarkdown(data.notice.text) : '',
      noticeColor: data.notice?.good ? 'Good' : 'Attention',
      existing: booked.length
        ? `Already booked in ${data.year}: ${booked.map((b) => `${name(b.serviceId)} ${formatDay(b.day)}`).join('; ')}.`
        : '',
      typeahead,
      dataset: COUNCILLORS_DATASET,
      councillors: typeahead ? [] : data.councillors,
      services: data.rows.map((r) => r.serviceId),
      rows: data.rows.map((row, index) => ({
        index,
        service: `${data.services.find((s) => s.id === row.serviceId)?.name ?? row.serviceId}`,
        day: row.day,
        time: row.time,
        councillorIds: row.councillorIds.join(','),
        chosen: typeahead ? row.councillorIds.map((id) => ({ id, name: nameOf(id) })) : [],
        include: String(row.include),
        problem: row.problem ? escapeMarkdown(row.problem) : '',
      })),
    });
  if (data.councillors.length > STATIC_CHOICES_MAX) return render(true);
  const card = render(false);
  return JSON.stringify(card).length > CARD_BUDGET ? render(true) : card;
}
