import assert from 'node:assert/strict';
import { renderOutcome, renderStart, renderUnsavedStep } from '../../src/cards/visit-cards';
import { MAX_ANSWER_CHARS } from '../../src/visits/answer-text';
import { loadForms } from '../../src/visits/forms';
import type { Answer, VisitRecord } from '../../src/visits/types';
import type { Outcome } from '../../src/visits/walkthrough';
import { cardProblems, cardText } from '../support/cards';

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
    ['paused', { kind: 'paused', record: record(full.slice(0, 3)), form }],
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
});
