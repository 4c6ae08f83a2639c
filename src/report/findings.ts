import { createHash } from 'node:crypto';
import type { Service } from '../directory/types';
import { addDays, type Day } from '../kernel/london';
import type { Booking } from '../rota/types';
import type { FormCatalogue } from '../visits/forms';
import { columnOf } from './columns';
import { pointsOf } from './points';
import type { Period, ReportFindings, ReportVisit, ServiceFindings, ServiceGroup } from './types';
import { visitsSentence, type RotaNotes } from './visits-sentence';

/** What the report reads: the directory's services, the period's indexed visits, and the rota. */
export interface FindingsInput {
  readonly period: Period;
  readonly today: Day;
  /** In the directory's order. */
  readonly services: readonly Service[];
  readonly visits: readonly ReportVisit[];
  readonly bookings: readonly Booking[];
  /** To read answers in their form's order. */
  readonly forms: FormCatalogue;
}

/** Services grouped under the paper's headings, in directory order (a shared heading where its first service is). */
export function groupsOf(services: readonly Service[]): ServiceGroup[] {
  const ordered = [...services].sort(
    (a, b) => (a.order ?? Infinity) - (b.order ?? Infinity) || a.name.localeCompare(b.name),
  );
  const groups = new Map<string, Service[]>();
  for (const service of ordered) {
    const heading = service.reportHeading ?? service.name;
    groups.set(heading, [...(groups.get(heading) ?? []), service]);
  }
  return [...groups].map(([heading, members]) => ({
    heading,
    serviceIds: members.map((s) => s.id),
    serviceNames: members.map((s) => s.name),
  }));
}

/** Everything the stored visits and the rota say for the period, heading by heading. */
export function buildFindings(input: FindingsInput): ReportFindings {
  const { period } = input;
  const inPeriod = input.visits.filter((v) => v.date >= period.from && v.date <= period.to);
  const services = groupsOf(input.services).map((group): ServiceFindings => {
    const names = new Map(
      input.services.map((s) => [
        s.id,
        group.serviceIds.length > 1 ? shortName(s.name, group.heading) : s.name,
      ]),
    );
    const own = inPeriod
      .filter((v) => group.serviceIds.includes(v.serviceId))
      .sort((a, b) => a.date.localeCompare(b.date) || a.visitId.localeCompare(b.visitId));
    const visits = [
      ...own.map((v) => ({
        visitId: v.visitId,
        serviceName: names.get(v.serviceId) ?? v.serviceName,
        date: v.date,
        councillorNames: v.councillorNames,
        feedbackAwaited: !v.complete,
      })),
      ...formsAwaited(group, input, own).map((b) => ({
        visitId: b.id,
        serviceName: names.get(b.serviceId) ?? b.serviceId,
        date: b.day,
        councillorNames: [],
        feedbackAwaited: true,
        formAwaited: true,
      })),
    ].sort((a, b) => a.date.localeCompare(b.date));
    const notes = rotaNotes(group, input, own, names);
    return {
      group,
      visitsSentence: visitsSentence(visits, group.serviceIds.length > 1, notes),
      visits,
      points: own.flatMap((v) =>
        pointsOf(inFormOrder(v, input.forms), (stepId, point) => columnOf(v.formKey, stepId, point)),
      ),
      comments: own.flatMap((v) => v.responses.map((r) => ({ ...r, visitId: v.visitId }))),
    };
  });
  // Headings count too: a service moved to another heading in the directory needs its points redrafted.
  const latestVersion = createHash('sha1')
    .update(inPeriod.map((v) => `${v.visitId}:${v.version}`).join(','))
    .update(services.map((s) => `${s.group.heading}=${s.group.serviceIds.join('+')}`).join('|'))
    .digest('hex')
    .slice(0, 16);
  return { period, services, latestVersion };
}

/** The next visit booked for the heading, and the meetings moved or cancelled during the period. */
function rotaNotes(
  group: ServiceGroup,
  input: FindingsInput,
  held: readonly ReportVisit[],
  names: ReadonlyMap<string, string>,
): RotaNotes {
  const { period, today } = input;
  const bookings = input.bookings.filter((b) => group.serviceIds.includes(b.serviceId));
  const heldIds = new Set(held.map((v) => v.visitId));
  const lastHeld = held.at(-1)?.date ?? period.from;
  const next = bookings
    .filter((b) => b.status === 'booked' && !heldIds.has(b.id) && b.day > lastHeld)
    .filter((b) => b.day > period.to || b.day >= today)
    .sort((a, b) => a.day.localeCompare(b.day))[0];
  const changes = bookings.flatMap((b) =>
    b.history
      .filter((e) => e.what === 'cancelled' || e.what.startsWith('moved'))
      .filter((e) => {
        const day = e.from?.day ?? b.day;
        return day >= period.from && day <= period.to;
      })
      .map((e) => ({
        kind: e.what === 'cancelled' ? ('cancelled' as const) : ('moved' as const),
        bookingId: b.id,
        ...(e.reason ? { reason: e.reason } : {}),
      })),
  );
  return {
    ...(next ? { planned: { serviceName: names.get(next.serviceId) ?? next.serviceId, day: next.day } } : {}),
    changes,
  };
}

/** The visit with its answers in its form's step order, so points read as the councillor wrote them. */
function inFormOrder(visit: ReportVisit, forms: FormCatalogue): ReportVisit {
  const steps = forms.get(visit.formKey)?.steps.map((s) => s.id) ?? [];
  const rank = (id: string): number => (steps.includes(id) ? steps.indexOf(id) : steps.length);
  const answers = Object.fromEntries(Object.entries(visit.answers).sort(([a], [b]) => rank(a) - rank(b)));
  return { ...visit, answers };
}

/**
 * A service's name under a heading it shares, without the words the heading already says: "Child in Need /
 * Child Protection, Crewe" under "Child in Need / Child Protection (CIN/CP)" is "Crewe".
 */
export function shortName(name: string, heading: string): string {
  const words = name.split(' ');
  const headingWords = heading.split(' ');
  let shared = 0;
  while (shared < words.length && words[shared]!.replace(/[,:]$/, '') === headingWords[shared]) shared++;
  const rest = words
    .slice(shared)
    .join(' ')
    .replace(/^[\s,:–-]+/, '')
    .trim();
  return shared > 0 && rest ? rest : name;
}

/** A form is due within 4 weeks of its visit: a booking older than that with no form is the rota's to clear up. */
const FORM_DUE_DAYS = 28;

/**
 * Visits booked in the period whose day passed in the last 4 weeks with no form submitted yet: held, as far as the
 * rota knows (as the rota card counts them), so the paper counts them "(form awaited)" rather than leave out the
 * last weeks of the year. Older ones are left out: the form-overdue nudge has told the partnerships team.
 */
function formsAwaited(group: ServiceGroup, input: FindingsInput, held: readonly ReportVisit[]): Booking[] {
  const heldIds = new Set(held.map((v) => v.visitId));
  return input.bookings.filter(
    (b) =>
      group.serviceIds.includes(b.serviceId) &&
      b.status === 'booked' &&
      !heldIds.has(b.id) &&
      b.day >= input.period.from &&
      b.day <= input.period.to &&
      b.day < input.today &&
      b.day >= addDays(input.today, -FORM_DUE_DAYS),
  );
}
