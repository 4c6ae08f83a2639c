import { createHash, randomUUID } from 'node:crypto';
import type { Clock } from '../kernel/clock';
import type { DirectoryLookup } from '../directory/directory';
import type { Person, Service } from '../directory/types';
import { prepareRequest, type ResponseViews } from '../responses/responses';
import type { CouncillorVisitRepository } from './store';
import type { VisitRepository } from './store';
import { cleanAnswer } from './answer-text';
import type { Form, FormCatalogue } from './forms';
import { findSensitiveData } from './sensitive-data';
import { type Answer, type VisitRecord } from './types';
import { ConcurrencyConflict } from '../kernel/errors';

/** What the person sees next; the Teams layer turns each into a card. */
export type Outcome =
  | {
      kind: 'step';
      record: VisitRecord;
      form: Form;
      stepIndex: number;
      notice?: string;
      draft?: string;
      /** Opened with Edit from the review or the personal-details check: saving goes back there. */
      returnTo?: ReturnTo;
    }
  | { kind: 'amend'; record: VisitRecord; form: Form; stepIndex: number; notice?: string; draft?: string }
  | { kind: 'conflict'; record: VisitRecord; form: Form; stepIndex: number; mine: string; saved: Answer }
  | { kind: 'paused'; record: VisitRecord; form: Form; stepIndex: number }
  | { kind: 'review'; record: VisitRecord; form: Form; notice?: string }
  | { kind: 'sensitive'; record: VisitRecord; form: Form; findings: StepFindings[] }
  | { kind: 'refused'; message: string };

export interface StepFindings {
  readonly stepIndex: number;
  readonly kinds: readonly string[];
}

/** How a step card was left: each button is a move ('check': save, then run the personal-details check again). */
export type Move = 'next' | 'back' | 'skip' | 'pause' | 'review' | 'check';

/** Where a step opened with Edit returns after saving. */
export type ReturnTo = 'review' | 'check';

export interface StepInput {
  readonly visitId: string;
  readonly stepId: string;
  /** The answer's revision when the card was drawn (0: it had none). */
  readonly revision: number;
  /** A fingerprint of the text the card was drawn with, to tell an untouched box from an edit. */
  readonly shown: string;
  readonly text: string;
  readonly move: Move;
}

export interface WalkthroughDeps {
  readonly visits: VisitRepository;
  readonly councillorVisits: CouncillorVisitRepository;
  readonly forms: FormCatalogue;
  readonly formId: string;
  readonly directory: DirectoryLookup;
  readonly clock: Clock;
  /** How the response request a submission queues looks (the Teams card, wired at the composition root). */
  readonly responseViews: ResponseViews;
  /** Called after messages were queued (a submission's response request). */
  readonly queued: () => void;
}

/** Fingerprint of an answer as shown on a card. */
export const fingerprint = (text: string): string =>
  createHash('sha256').update(text).digest('base64url').slice(0, 12);

const DAY = 24 * 60 * 60 * 1000;

/** The councillor's walkthrough: start a visit, save each step, review, submit, amend. */
export function createWalkthrough(deps: WalkthroughDeps) {
  const { visits, clock } = deps;

  /** Loads a visit this person may work on, or says why not. */
  async function open(
    visitId: string,
    user: Person,
  ): Promise<{ record: VisitRecord; form: Form } | { refused: string }> {
    const record = await visits.load(visitId);
    if (!record) return { refused: 'I cannot find that visit. Type **start** to see your visits.' };
    if (!record.visit.councillorIds.includes(user.aadObjectId)) {
      return { refused: 'Only the councillors named on this visit can work on its form.' };
    }
    const form = deps.forms.get(record.visit.formKey);
    if (!form)
      return { refused: `This visit uses form ${record.visit.formKey}, which this version does not know.` };
    return { record, form };
  }

  const firstUnanswered = (record: VisitRecord, form: Form): number => {
    const index = form.steps.findIndex((s) => !record.answers.get(s.id)?.text);
    return index === -1 ? form.steps.length : index;
  };

  const review = (record: VisitRecord, form: Form, notice?: string): Outcome => ({
    kind: 'review',
    record,
    form,
    ...(notice ? { notice } : {}),
  });

  const afterMove = (
    record: VisitRecord,
    form: Form,
    index: number,
    move: Move,
    notice?: string,
  ): Outcome => {
    if (move === 'pause') return { kind: 'paused', record, form, stepIndex: index };
    if (move === 'review') return review(record, form, notice);
    if (move === 'check') return check(record, form);
    const target = move === 'back' ? Math.max(0, index - 1) : index + 1;
    if (target >= form.steps.length) return review(record, form, notice);
    return { kind: 'step', record, form, stepIndex: target, ...(notice ? { notice } : {}) };
  };

  /** The personal-details check: the findings, or the review saying there are none now. */
  const check = (record: VisitRecord, form: Form): Outcome => {
    const findings = form.steps
      .map((step, stepIndex) => ({
        stepIndex,
        kinds: [...new Set(findSensitiveData(record.answers.get(step.id)?.text ?? '').map((f) => f.kind))],
      }))
      .filter((f) => f.kinds.length > 0);
    return findings.length > 0
      ? { kind: 'sensitive', record, form, findings }
      : review(record, form, 'No personal details found now. Submit when you are ready.');
  };

  /** Keeps where this councillor paused (Pause only: a plain step save stays one read and one write). */
  const keepPause = async (user: Person, outcome: Outcome): Promise<Outcome> => {
    if (outcome.kind === 'paused') {
      const stepId = outcome.form.steps[outcome.stepIndex]!.id;
      await visits.pause(outcome.record.visit.id, user.aadObjectId, {
        stepId,
        at: clock.now().toISOString(),
      });
    }
    return outcome;
  };

  /**
   * Where this councillor left off: the step they paused on, unless they saved an answer since; else the step
   * after the last answer they saved; else the first unanswered step. Past the last step: the review.
   */
  const placeOf = (record: VisitRecord, form: Form, user: Person): number => {
    const paused = record.pauses?.get(user.aadObjectId);
    const mine = [...record.answers.values()]
      .filter((a) => a.updatedBy === user.aadObjectId)
      .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))[0];
    const pausedAt = paused ? form.steps.findIndex((s) => s.id === paused.stepId) : -1;
    if (pausedAt !== -1 && (!mine || paused!.at >= mine.updatedAt)) return pausedAt;
    const savedAt = mine ? form.steps.findIndex((s) => s.id === mine.stepId) : -1;
    return savedAt !== -1 ? savedAt + 1 : firstUnanswered(record, form);
  };

  const withAnswer = (record: VisitRecord, answer: Answer): VisitRecord => ({
    visit: record.visit,
    answers: new Map(record.answers).set(answer.stepId, answer),
  });

  /** Saves a step when its text changed, then moves as the button said. */
  const saveAndMove = async (user: Person, input: StepInput): Promise<Outcome> => {
    const opened = await open(input.visitId, user);
    if ('refused' in opened) return { kind: 'refused', message: opened.refused };
    const { record, form } = opened;
    const index = form.steps.findIndex((s) => s.id === input.stepId);
    if (index === -1) return { kind: 'refused', message: 'That question is not on this form.' };
    if (record.visit.status === 'submitted') {
      return {
        kind: 'amend',
        record,
        form,
        stepIndex: index,
        draft: input.text,
        notice: `${record.visit.submittedByName ?? 'A councillor'} submitted this form, so a change now needs a reason.`,
      };
    }
    if (input.move === 'skip') return afterMove(record, form, index, 'next');
    const cleaned = cleanAnswer(input.text);
    if (!cleaned.ok) {
      const returnTo = input.move === 'review' || input.move === 'check' ? input.move : undefined;
      return {
        kind: 'step',
        record,
        form,
        stepIndex: index,
        notice: cleaned.problem,
        draft: cleaned.text,
        ...(returnTo ? { returnTo } : {}),
      };
    }
    const saved = record.answers.get(input.stepId);
    const untouched = fingerprint(cleaned.text) === input.shown || cleaned.text === (saved?.text ?? '');
    const stale = (saved?.revision ?? 0) !== input.revision;
    if (untouched) return afterMove(record, form, index, input.move);
    if (stale && saved)
      return { kind: 'conflict', record, form, stepIndex: index, mine: cleaned.text, saved };
    const answer = nextAnswer(input.stepId, cleaned.text, saved, user, clock.now().toISOString());
    try {
      await visits.saveAnswer(input.visitId, answer, saved);
    } catch (error) {
      if (!(error instanceof ConcurrencyConflict)) throw error;
      // Someone saved this answer between our read and our write: show both, lose neither.
      const fresh = await visits.load(input.visitId);
      const theirs = fresh?.answers.get(input.stepId);
      if (!fresh || !theirs) throw error;
      return { kind: 'conflict', record: fresh, form, stepIndex: index, mine: cleaned.text, saved: theirs };
    }
    const notice = cleaned.removedControls ? 'Saved. Invisible control characters were removed.' : undefined;
    return afterMove(withAnswer(record, { ...answer, etag: '' }), form, index, input.move, notice);
  };

  return {
    /** Starts a visit for the given service and date, naming this councillor and any co-councillors. */
    /** Starts a visit; `id` is the booking's when it was booked on the rota, so the two stay one visit. */
    async start(
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
        createdAt: clock.now().toISOString(),
      };
      await visits.create(visit);
      await deps.councillorVisits.add(visit.councillorIds, { visitId: visit.id, date });
      const record = await visits.load(visit.id);
      if (!record) throw new Error(`Visit ${visit.id} was created but cannot be read back`);
      return { kind: 'step', record, form, stepIndex: 0 };
    },

    /** Visits this councillor is on, newest first: every draft, and submitted ones from the last 28 days or next 14. */
    async myVisits(user: Person): Promise<{ record: VisitRecord; form: Form | undefined }[]> {
      const now = clock.now().getTime();
      const pointers = await deps.councillorVisits.listFor(user.aadObjectId);
      const records = await Promise.all(pointers.map((p) => visits.load(p.visitId)));
      return records
        .filter((r): r is VisitRecord => r !== undefined)
        .filter((r) => {
          const day = Date.parse(`${r.visit.date}T12:00:00Z`);
          return r.visit.status === 'draft' || (day >= now - 28 * DAY && day <= now + 14 * DAY);
        })
        .sort(
          (a, b) =>
            b.visit.date.localeCompare(a.visit.date) || b.visit.createdAt.localeCompare(a.visit.createdAt),
        )
        .map((record) => ({ record, form: deps.forms.get(record.visit.formKey) }));
    },

    /**
     * Continues where this councillor left off (the step on the Continue button, else where they paused or last
     * saved, else the first unanswered step); the review when all are answered.
     */
    async resume(user: Person, visitId: string, stepId?: string): Promise<Outcome> {
      const opened = await open(visitId, user);
      if ('refused' in opened) return { kind: 'refused', message: opened.refused };
      const { record, form } = opened;
      if (record.visit.status === 'submitted') return review(record, form);
      const onButton = stepId ? form.steps.findIndex((s) => s.id === stepId) : -1;
      const index = onButton !== -1 ? onButton : placeOf(record, form, user);
      return index >= form.steps.length
        ? review(record, form)
        : { kind: 'step', record, form, stepIndex: index };
    },

    async review(user: Person, visitId: string): Promise<Outcome> {
      const opened = await open(visitId, user);
      return 'refused' in opened
        ? { kind: 'refused', message: opened.refused }
        : review(opened.record, opened.form);
    },

    /** Opens one step for editing, to return to `from` once saved: a plain step before submission, an amendment after. */
    async edit(user: Person, visitId: string, stepId: string, from: ReturnTo = 'review'): Promise<Outcome> {
      const opened = await open(visitId, user);
      if ('refused' in opened) return { kind: 'refused', message: opened.refused };
      const { record, form } = opened;
      const stepIndex = form.steps.findIndex((s) => s.id === stepId);
      if (stepIndex === -1) return { kind: 'refused', message: 'That question is not on this form.' };
      if (record.visit.status === 'submitted') return { kind: 'amend', record, form, stepIndex };
      return { kind: 'step', record, form, stepIndex, returnTo: from };
    },

    /** The personal-details check on its own (Cancel from an Edit it sent the councillor to): never submits. */
    async check(user: Person, visitId: string): Promise<Outcome> {
      const opened = await open(visitId, user);
      if ('refused' in opened) return { kind: 'refused', message: opened.refused };
      const { record, form } = opened;
      return record.visit.status === 'submitted' ? review(record, form) : check(record, form);
    },

    /** Saves a step (when its text changed) and moves as the button said; never overwrites newer text. */
    async saveStep(user: Person, input: StepInput): Promise<Outcome> {
      const outcome = await saveAndMove(user, input);
      return outcome.kind === 'refused' ? outcome : keepPause(user, outcome);
    },

    /** Submits: first a check for personal details (unless the writer already confirmed), then locks the form. */
    async submit(user: Person, visitId: string, confirmed: boolean): Promise<Outcome> {
      const opened = await open(visitId, user);
      if ('refused' in opened) return { kind: 'refused', message: opened.refused };
      const { record, form } = opened;
      if (record.visit.status === 'submitted') {
        return review(
          record,
          form,
          `Already submitted by ${record.visit.submittedByName ?? 'a councillor'}.`,
        );
      }
      if (![...record.answers.values()].some((a) => a.text.trim())) {
        return review(record, form, 'There is nothing to submit yet: answer at least one question first.');
      }
      if (!confirmed) {
        const findings = form.steps
          .map((step, stepIndex) => ({
            stepIndex,
            kinds: [
              ...new Set(findSensitiveData(record.answers.get(step.id)?.text ?? '').map((f) => f.kind)),
            ],
          }))
          .filter((f) => f.kinds.length > 0);
        if (findings.length > 0) return { kind: 'sensitive', record, form, findings };
      }
      const at = clock.now().toISOString();
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
        await visits.submit(record.visit, { by: user.aadObjectId, byName: user.name, at }, request, messages);
      } catch (error) {
        if (!(error instanceof ConcurrencyConflict)) throw error;
        const fresh = await visits.load(visitId);
        if (!fresh) throw error;
        return review(fresh, form, 'The form changed while you were submitting: check it and submit again.');
      }
      deps.queued();
      return review({ visit: submitted, answers: record.answers }, form, 'Submitted. Thank you.');
    },

    /** Changes an answer after submission; needs a reason, and the change and reason are audited together. */
    async amend(user: Person, input: StepInput & { reason: string }): Promise<Outcome> {
      const opened = await open(input.visitId, user);
      if ('refused' in opened) return { kind: 'refused', message: opened.refused };
      const { record, form } = opened;
      const index = form.steps.findIndex((s) => s.id === input.stepId);
      if (index === -1) return { kind: 'refused', message: 'That question is not on this form.' };
      if (record.visit.status !== 'submitted') return this.saveStep(user, { ...input, move: 'review' });
      const cleaned = cleanAnswer(input.text);
      const reason = cleanAnswer(input.reason);
      const retry = (notice: string): Outcome => ({
        kind: 'amend',
        record,
        form,
        stepIndex: index,
        notice,
        draft: cleaned.text,
      });
      if (!cleaned.ok) return retry(cleaned.problem);
      if (!reason.ok || !reason.text.trim())
        return retry('Give a reason for the change; it is kept with the form.');
      const saved = record.answers.get(input.stepId);
      if ((saved?.revision ?? 0) !== input.revision) {
        return retry(
          `${saved?.updatedByName ?? 'Someone'} changed this answer since you opened it; check it below.`,
        );
      }
      const at = clock.now().toISOString();
      const answer = nextAnswer(input.stepId, cleaned.text, saved, user, at);
      const audit = {
        stepId: input.stepId,
        reason: reason.text,
        previousText: saved?.text ?? '',
        by: user.aadObjectId,
        byName: user.name,
        at,
      };
      try {
        await visits.amend(input.visitId, answer, saved, audit);
      } catch (error) {
        if (!(error instanceof ConcurrencyConflict)) throw error;
        return retry('Someone changed this answer at the same moment; check it and save again.');
      }
      return review(
        withAnswer(record, { ...answer, etag: '' }),
        form,
        'Amended; the reason is kept with the form.',
      );
    },
  };
}

export type Walkthrough = ReturnType<typeof createWalkthrough>;

/** The answer that replaces `saved`: one revision on, stamped with who and when. */
function nextAnswer(stepId: string, text: string, saved: Answer | undefined, user: Person, at: string) {
  return {
    stepId,
    text,
    revision: (saved?.revision ?? 0) + 1,
    updatedBy: user.aadObjectId,
    updatedByName: user.name,
    updatedAt: at,
  };
}
