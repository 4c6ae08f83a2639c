import { randomUUID } from 'node:crypto';
import type { Person, Service } from '../directory/types';
import { daysBetween, londonDay } from '../kernel/london';
import type { Form } from './forms';
import type { Outcome } from './outcome';
import { newestFirst } from './progress';
import { opening } from './since-last-visit';
import type { VisitRecord } from './types';
import type { WalkthroughDeps } from './walkthrough-deps';

/**
 * Starts a visit to `service` on `date`, naming this councillor and any co-councillors; `id` is the booking's
 * when it was booked on the rota, so the two stay one visit.
 */
export async function start(
  deps: WalkthroughDeps,
  user: Person,
  service: Service,
  date: string,
  others: readonly Person[],
  id: string = randomUUID(),
): Promise<Outcome> {
  const form = deps.forms.latest(deps.formId);
  if (!form) return { kind: 'refused', message: `The form ${deps.formId} is not installed.` };
  const councillors = [user, ...others.filter((o) => o.aadObjectId !== user.aadObjectId)];
  const visit = {
    id,
    serviceId: service.id,
    serviceName: service.name,
    date,
    councillorIds: councillors.map((c) => c.aadObjectId),
    councillorNames: councillors.map((c) => c.name),
    formKey: form.key,
    status: 'draft' as const,
    createdBy: user.aadObjectId,
    createdAt: deps.clock.now().toISOString(),
  };
  await deps.visits.create(visit);
  await deps.councillorVisits.add(visit.councillorIds, { visitId: visit.id, date });
  const record = await deps.visits.load(visit.id);
  if (!record) throw new Error(`Visit ${visit.id} was created but cannot be read back`);
  return opening(deps, user, record, form);
}

/** Visits this councillor is on, newest first: every draft, and submitted ones from the last 28 days or next 14. */
export async function myVisits(
  deps: WalkthroughDeps,
  user: Person,
): Promise<{ record: VisitRecord; form: Form | undefined }[]> {
  const today = londonDay(deps.clock.now());
  const pointers = await deps.councillorVisits.listFor(user.aadObjectId);
  const records = await Promise.all(pointers.map((p) => deps.visits.load(p.visitId)));
  return records
    .filter((r): r is VisitRecord => r !== undefined)
    .filter((r) => {
      const ahead = daysBetween(today, r.visit.date);
      return r.visit.status === 'draft' || (ahead >= -28 && ahead <= 14);
    })
    .sort(newestFirst)
    .map((record) => ({ record, form: deps.forms.get(record.visit.formKey) }));
}
