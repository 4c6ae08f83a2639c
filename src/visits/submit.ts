import { actor } from '../audit/trail';
import type { Person } from '../directory/types';
import { ConcurrencyConflict } from '../kernel/errors';
import { prepareRequest } from '../responses/responses';
import { openVisit } from './open-visit';
import { findingsOf, refused, review, type Outcome } from './outcome';
import type { WalkthroughDeps } from './walkthrough-deps';

/**
 * Submits: first a check for personal details (unless the writer already confirmed), then locks the form and
 * queues the response request, in one transaction.
 */
export async function submit(
  deps: WalkthroughDeps,
  user: Person,
  visitId: string,
  confirmed: boolean,
): Promise<Outcome> {
  const opened = await openVisit(deps, visitId, user);
  if ('refused' in opened) return refused(opened.refused);
  const { record, form } = opened;
  if (record.visit.status === 'submitted') {
    return review(record, form, `Already submitted by ${record.visit.submittedByName ?? 'a councillor'}.`);
  }
  if (![...record.answers.values()].some((a) => a.text.trim())) {
    return review(record, form, 'There is nothing to submit yet: answer at least one question first.');
  }
  if (!confirmed) {
    const findings = findingsOf(record, form);
    if (findings.length > 0) return { kind: 'sensitive', record, form, findings };
  }
  const at = deps.clock.now().toISOString();
  const submitted = {
    ...record.visit,
    status: 'submitted' as const,
    submittedBy: user.aadObjectId,
    submittedByName: user.name,
    submittedAt: at,
  };
  const service = await deps.directory.service(record.visit.serviceId);
  const people = await Promise.all((service?.responderIds ?? []).map((id) => deps.directory.person(id)));
  const responders = people.filter((p): p is Person => p !== undefined);
  const { request, messages } = prepareRequest(
    { ...record, visit: submitted },
    form,
    responders,
    deps.responseViews,
  );
  try {
    await deps.visits.submit(
      record.visit,
      { by: user.aadObjectId, byName: user.name, at },
      request,
      messages,
    );
  } catch (error) {
    if (!(error instanceof ConcurrencyConflict)) throw error;
    const fresh = await deps.visits.load(visitId);
    if (!fresh) throw error;
    return review(fresh, form, 'The form changed while you were submitting: check it and submit again.');
  }
  await deps.audit.record({
    by: actor(user),
    kind: 'visit.submitted',
    record: { kind: 'visit', id: visitId },
    visitId,
    people: [...record.visit.councillorIds, ...request.responderIds],
    detail: `${record.answers.size} answers`,
  });
  deps.queued();
  await deps.indexed(visitId);
  return review({ visit: submitted, answers: record.answers }, form, 'Submitted. Thank you.');
}
