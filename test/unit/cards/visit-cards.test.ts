import assert from 'node:assert/strict';
import { cardProblems, cardText } from '../../support/cards';
import { renderStart } from '../../../src/cards/start-card';
import { HANDBACK_BYTES, renderUnsavedStep } from '../../../src/cards/step-card';
import { renderOutcome, renderSuperseded } from '../../../src/cards/visit-cards';
import { MAX_ANSWER_CHARS } from '../../../src/visits/answer-text';
import { loadForms } from '../../../src/visits/forms';
import type { Outcome } from '../../../src/visits/outcome';
import type { Answer, VisitRecord } from '../../../src/visits/types';

const form = loadForms().latest('signs-of-safety')!;
const answer = (stepId: string, text: string): Answer => ({
  stepId,
  text,
  revision: 1,
  updatedBy: 'a',
  updatedByName: 'Cllr *Alex*',
  updatedAt: '2026-07-01T09:30:00Z',
  etag: 'e',
});
const record = (answers: Answer[], status: 'draft' | 'submitted' = 'draft'): VisitRecord => ({
  visit: {
    id: '11111111-2222-4333-8444-555555555555',
    serviceId: 'checs',
    serviceName: 'ChECS [team]',
    date: '2026-06-30',
    councillorIds: ['a'],
    councillorNames: ['Cllr *Alex*'],
    formKey: form.key,
    status,
    createdBy: 'a',
    createdAt: '2026-06-30T10:00:00Z',
    ...(status === 'submitted'
      ? { submittedBy: 'a', submittedByName: 'Cllr Alex', submittedAt: '2026-07-02T15:00:00Z' }
      : {}),
    etag: 'e',
  },
  answers: new Map(answers.map((a) => [a.stepId, a])),
});
const full = form.steps.map((s) => answer(s.id, 'w'.repeat(MAX_ANSWER_CHARS)));
const bytes = (card: object): number => Buffer.byteLength(JSON.stringify(card));

describe('visit cards', () => {
  const outcomes: [string, Outcome][] = [
    ['first step', { kind: 'step', record: record([]), form, stepIndex: 0 }],
    [
      'last step, with a notice',
      { kind: 'step', record: record(full), form, stepIndex: 11, notice: 'Too *long*' },
    ],
    ['amendment', { kind: 'amend', record: record(full, 'submitted'), form, stepIndex: 3 }],
    [
      'conflict',
      {
        kind: 'conflict',
        record: record(full),
        form,
        stepIndex: 1,
        mine: 'm'.repeat(MAX_ANSWER_CHARS),
        saved: full[1]!,
      },
    ],
    ['paused', { kind: 'paused', record: record(full.slice(0, 3)), form, stepIndex: 3 }],
    ['review, draft', { kind: 'review', record: record(full), form }],
    ['review, submitted', { kind: 'review', record: record(full, 'submitted'), form, notice: 'Submitted.' }],
    [
      'sensitive',
      {
        kind: 'sensitive',
        record: record(full),
        form,
        findings: [{ stepIndex: 0, kinds: ['a postcode', 'an email address'] }],
      },
    ],
    ['refused', { kind: 'refused', message: 'No.' }],
  ];
  for (const [name, outcome] of outcomes) {
    it(`${name}: a valid card under Teams' 40 KB even with every answer at the limit`, () => {
      const card = renderOutcome(outcome);
      assert.deepEqual(cardProblems(card), []);
      assert.ok(bytes(card) < 38_000, `${bytes(card)} bytes`);
    });
  }

  it('shows the progress line, the limit and the last save, escaping names', () => {
    const text = cardText(
      renderOutcome({ kind: 'step', record: record([answer('outcomes.worries', 'x')]), form, stepIndex: 2 }),
    );
    assert.match(text, /Step 3 of 12 — Outcomes for children: What are we worried about \/ barriers\?/);
    assert.match(text, /up to 6,000 characters/);
    assert.match(text, /Last saved by Cllr \\\*Alex\\\*, 1 Jul 2026, 10:30\./, 'UK summer time');
    assert.match(text, /ChECS \\\[team\\\] · Tue, 30 Jun 2026/);
  });

  it('shortens long answers on the review card and says so', () => {
    const text = cardText(renderOutcome({ kind: 'review', record: record(full), form }));
    assert.match(text, /… _\(5,500 more characters: Edit to see all\)_/);
  });

  it('renders the start card and the storage-down step card valid', () => {
    const start = renderStart({
      visits: [{ record: record(full.slice(0, 2)), form }],
      services: [{ id: 'checs', name: 'ChECS' }],
      councillors: [{ id: 'b', name: 'Cllr B' }],
      today: '2026-11-24',
    });
    assert.deepEqual(cardProblems(start), []);
    assert.match(cardText(start), /Draft: 2 of 12 answered/);
    const unsaved = renderUnsavedStep(
      form,
      { visitId: 'v', stepId: 'covid', revision: 0, label: 'ChECS', move: 'next' },
      'kept',
    );
    assert.deepEqual(cardProblems(unsaved), []);
    assert.match(cardText(unsaved), /Step 11 of 12 — How has COVID-19/);
  });
  /** Every Action.Execute of a card as drawn, with its title, verb, data and associatedInputs. */
  const executes = (node: unknown): Record<string, unknown>[] => {
    if (Array.isArray(node)) return node.flatMap(executes);
    if (!node || typeof node !== 'object') return [];
    const n = node as Record<string, unknown>;
    return [...(n.type === 'Action.Execute' ? [n] : []), ...Object.values(n).flatMap(executes)];
  };
  /** The buttons that save what is in the box (or create a visit from the start card's inputs). */
  const usesInputs = (a: Record<string, unknown>): boolean => {
    const data = a.data as Record<string, unknown>;
    if (a.verb === 'visit.create') return data.bookingId === undefined;
    if (a.verb === 'visit.amend') return true;
    return a.verb === 'visit.save-step' && data.move !== 'skip';
  };

  it('only the buttons that save the box send the inputs: a required input can block nothing else', () => {
    const start = renderStart({
      visits: [
        { record: record(full.slice(0, 2)), form },
        { record: record(full, 'submitted'), form },
      ],
      booked: [{ id: 'b-1', serviceName: 'ChECS', day: '2026-12-01', time: '10:00' }],
      services: [{ id: 'checs', name: 'ChECS' }],
      councillors: [],
      today: '2026-11-24',
    });
    const cards = [
      start,
      ...outcomes.map(([, o]) => renderOutcome(o)),
      renderOutcome({ kind: 'step', record: record(full), form, stepIndex: 2, returnTo: 'review' }),
      renderOutcome({ kind: 'step', record: record(full), form, stepIndex: 2, returnTo: 'check' }),
      renderUnsavedStep(form, { visitId: 'v', stepId: 'covid', revision: 0, label: 'x', move: 'next' }, 'y'),
      renderSuperseded('ChECS'),
    ];
    const seen = new Set<string>();
    for (const card of cards) {
      for (const action of executes(card)) {
        seen.add(String(action.title));
        assert.equal(
          action.associatedInputs,
          usesInputs(action) ? 'auto' : 'none',
          `${String(action.title)} (${String(action.verb)})`,
        );
      }
    }
    for (const title of ['Continue', 'Review', 'Start the form', 'Cancel', 'Skip', 'Edit', 'Submit anyway']) {
      assert.ok(seen.has(title), title);
    }
  });

  it('the answer box has no maxLength; a refused answer too big for a card comes back cut, and says so', () => {
    const step = (draft: string) =>
      renderOutcome({ kind: 'step', record: record([]), form, stepIndex: 0, notice: 'Too long.', draft });
    assert.ok(!JSON.stringify(step('x')).includes('maxLength'));
    const whole = 'y'.repeat(25_000);
    assert.ok(JSON.stringify(step(whole)).includes(whole), '25,000 plain characters come back whole');
    const huge = 'é'.repeat(40_000);
    const card = step(huge);
    assert.ok(bytes(card) < 38_000, `${bytes(card)} bytes`);
    assert.match(cardText(card), /too long to show back whole: the box holds its first [\d,]+ characters/);
    assert.ok(HANDBACK_BYTES < 38_000);
  });

  it('a closed walkthrough card says where to go and has nothing to click', () => {
    const card = renderSuperseded('ChECS · Tue, 30 Jun 2026');
    assert.deepEqual(cardProblems(card), []);
    assert.match(cardText(card), /Answered — see the latest card below\nChECS · Tue, 30 Jun 2026/);
    assert.equal(executes(card).length, 0);
  });

  it('the paused card carries the step it was paused on, for Continue', () => {
    const card = renderOutcome({ kind: 'paused', record: record([]), form, stepIndex: 3 });
    const action = executes(card).find((a) => a.title === 'Continue')!;
    assert.equal((action.data as { stepId: string }).stepId, form.steps[3]!.id);
  });
});
