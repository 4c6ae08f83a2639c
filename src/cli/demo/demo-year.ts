import type { Directory, Person } from '../../directory/types';
import { addDays, addWorkingDays, londonTime, type Day } from '../../kernel/london';
import type { Response, ResponseRequest } from '../../responses/types';
import type { Booking } from '../../rota/types';
import type { Answer, Visit } from '../../visits/types';
import { demoBookings } from './demo-bookings';
import { demoVisitId, nthWednesday } from './demo-calendar';
import { DEMO_COUNCILLORS, DEMO_DIRECTORY } from './demo-directory';
import type { VisitTexts } from './demo-texts';
import { CHECS_TEXTS } from './demo-texts-checs';
import { CREWE_TEXTS } from './demo-texts-crewe';
import { CWD_SOCIAL_WORK_TEXTS } from './demo-texts-cwd-social-work';
import { MACCLESFIELD_TEXTS } from './demo-texts-macclesfield';
import { SHORT_BREAKS_TEXTS } from './demo-texts-short-breaks';

/** The form every demo visit is recorded on. */
export const DEMO_FORM = 'signs-of-safety@2';

/** One submitted demo visit: what `visits.create`, `saveAnswer`, `submit` and `respond` are given. */
export interface DemoVisit {
  readonly visit: Omit<Visit, 'etag'>;
  readonly answers: readonly Omit<Answer, 'etag'>[];
  readonly submitted: { readonly by: string; readonly byName: string; readonly at: string };
  readonly request: Omit<ResponseRequest, 'etag'>;
  /** In the request's responder order; fewer than its responders when feedback is awaited. */
  readonly responses: readonly Omit<Response, 'etag'>[];
}

/** An invented municipal year of visits, responses and bookings: the same for the same day. */
export interface DemoYear {
  readonly period: { readonly key: string; readonly from: Day; readonly to: Day; readonly label: string };
  readonly directory: Directory;
  readonly visits: readonly DemoVisit[];
  readonly bookings: readonly Omit<Booking, 'etag'>[];
}

/**
 * Month 4 is the period's April … 15 its March; `nth` Wednesday of it; councillors by index; submitted and
 * responded to that many working days later (each further responder two working days after the one before).
 */
const PLAN = [
  { serviceId: 'cin-cp-macclesfield', month: 4, nth: 3, councillors: [0, 1], submit: 8, respond: 9 },
  { serviceId: 'cwd-short-breaks', month: 5, nth: 2, councillors: [2], submit: 12, respond: 7 },
  { serviceId: 'cin-cp-crewe', month: 6, nth: 2, councillors: [3, 4], submit: 6, respond: 11 },
  { serviceId: 'cwd-social-work', month: 7, nth: 2, councillors: [0], submit: 10, respond: 8 },
  { serviceId: 'checs', month: 8, nth: 2, councillors: [1, 2], submit: 14, respond: 10 },
  { serviceId: 'cin-cp-macclesfield', month: 9, nth: 3, councillors: [4], submit: 5, respond: 12 },
  { serviceId: 'cwd-short-breaks', month: 10, nth: 3, councillors: [2, 3], submit: 9, respond: 6 },
  { serviceId: 'cin-cp-crewe', month: 11, nth: 2, councillors: [3], submit: 11, respond: 9 },
  { serviceId: 'checs', month: 13, nth: 2, councillors: [0, 4], submit: 7, respond: 13 },
  { serviceId: 'cin-cp-macclesfield', month: 14, nth: 1, councillors: [1], submit: 10, respond: 8 },
  { serviceId: 'cwd-social-work', month: 14, nth: 2, councillors: [2, 0], submit: 6, respond: 10 },
  { serviceId: 'cwd-short-breaks', month: 15, nth: 3, councillors: [3, 1], submit: 7, respond: 0 }, // awaits feedback
] as const;

const TEXTS: Readonly<Record<string, readonly VisitTexts[]>> = {
  checs: CHECS_TEXTS,
  'cin-cp-crewe': CREWE_TEXTS,
  'cin-cp-macclesfield': MACCLESFIELD_TEXTS,
  'cwd-social-work': CWD_SOCIAL_WORK_TEXTS,
  'cwd-short-breaks': SHORT_BREAKS_TEXTS,
};

/** The last full municipal year (1 April – 31 March) before `today`, filled with invented visits. */
export function demoYear(today: Day): DemoYear {
  const year = Number(today.slice(0, 4)) - (today.slice(5) >= '04-01' ? 1 : 2);
  const period = {
    key: `${year}-${String((year + 1) % 100).padStart(2, '0')}`,
    from: `${year}-04-01`,
    to: `${year + 1}-03-31`,
    label: `1 April ${year} – 31 March ${year + 1}`,
  };
  // Nothing may look as if it happened today or later: the clock's day may be the period's next day.
  const cap = londonTime(addDays(today, -1), '18:00').toISOString();
  const at = (day: Day, time: string): string => {
    const iso = londonTime(day, time).toISOString();
    return iso < cap ? iso : cap;
  };
  const seen = new Map<string, number>();
  const visits = PLAN.map((plan) => {
    const index = seen.get(plan.serviceId) ?? 0;
    seen.set(plan.serviceId, index + 1);
    const texts = TEXTS[plan.serviceId]?.[index];
    if (!texts) throw new Error(`No demo texts for visit ${index + 1} to ${plan.serviceId}`);
    const date = nthWednesday(
      year + Math.floor((plan.month - 1) / 12),
      ((plan.month - 1) % 12) + 1,
      plan.nth,
    );
    return buildVisit({ ...plan, date, texts }, at);
  });
  return { period, directory: DEMO_DIRECTORY, visits, bookings: demoBookings(year, visits, at) };
}

function buildVisit(
  plan: {
    serviceId: string;
    date: Day;
    councillors: readonly number[];
    submit: number;
    respond: number;
    texts: VisitTexts;
  },
  at: (day: Day, time: string) => string,
): DemoVisit {
  const service = DEMO_DIRECTORY.services.find((s) => s.id === plan.serviceId)!;
  const councillors = plan.councillors.map((i) => DEMO_COUNCILLORS[i]!);
  const responders = service.responderIds.map((id) =>
    DEMO_DIRECTORY.people.find((p) => p.aadObjectId === id)!,
  );
  const id = demoVisitId(service.id, plan.date);
  const submitDay = addWorkingDays(plan.date, plan.submit);
  const answers = Object.entries(plan.texts.answers).map(([stepId, text], i) => {
    const writer = councillors[i % councillors.length]!;
    const time = `14:${String(i * 4).padStart(2, '0')}`; // typed up from 14:00, a step every four minutes
    return {
      stepId,
      text,
      revision: 1,
      updatedBy: writer.aadObjectId,
      updatedByName: writer.name,
      updatedAt: at(submitDay, time),
    };
  });
  const lead = councillors[0]!;
  const { texts } = plan;
  if (texts.responses.length !== 0 && texts.responses.length !== responders.length)
    throw new Error(
      `Demo visit ${id} has ${texts.responses.length} responses for ${responders.length} responders`,
    );
  return {
    visit: {
      id,
      serviceId: service.id,
      serviceName: service.name,
      date: plan.date,
      councillorIds: councillors.map((c) => c.aadObjectId),
      councillorNames: councillors.map((c) => c.name),
      formKey: DEMO_FORM,
      status: 'draft',
      createdBy: lead.aadObjectId,
      createdAt: at(plan.date, '11:15'),
    },
    answers,
    submitted: { by: lead.aadObjectId, byName: lead.name, at: at(submitDay, '15:30') },
    request: {
      messageId: `${id}.request`,
      responderIds: responders.map((r) => r.aadObjectId),
      responderNames: responders.map((r) => r.name),
      revision: 0,
    },
    responses: texts.responses.map((text, i) =>
      response(responders[i]!, text, at(addWorkingDays(submitDay, plan.respond + 2 * i), '12:10')),
    ),
  };
}

const response = (person: Person, text: string, at: string): Omit<Response, 'etag'> => ({
  responderId: person.aadObjectId,
  name: person.name,
  ...(person.title ? { title: person.title } : {}),
  text,
  at,
  edited: false,
});
