import assert from 'node:assert/strict';
import { renderResponseRequest, userMri } from '../../../src/cards/response-cards';
import { MAX_ANSWER_CHARS } from '../../../src/visits/answer-text';
import { loadForms } from '../../../src/visits/forms';
import type { VisitRecord } from '../../../src/visits/types';
import { cardProblems, cardText } from '../../support/cards';

const form = loadForms().latest('signs-of-safety')!;
const long = (c: string): string => `${c}*`.repeat(MAX_ANSWER_CHARS / 2);
const ids = ['r1', 'r2', 'r3'];
const record: VisitRecord = {
  visit: {
    id: '11111111-2222-4333-8444-555555555555',
    serviceId: 'checs',
    serviceName: 'ChECS',
    date: '2026-11-20',
    councillorIds: ['c1'],
    councillorNames: ['Cllr A'],
    formKey: form.key,
    status: 'submitted',
    createdBy: 'c1',
    createdAt: '2026-11-20T10:00:00Z',
    submittedBy: 'c1',
    submittedByName: 'Cllr A',
    submittedAt: '2026-11-21T10:00:00Z',
    etag: '',
  },
  answers: new Map(
    form.steps.map((s) => [
      s.id,
      {
        stepId: s.id,
        text: long('a'),
        revision: 1,
        updatedBy: 'c1',
        updatedByName: 'Cllr A',
        updatedAt: '',
        etag: '',
      },
    ]),
  ),
  request: {
    messageId: 'm',
    responderIds: ids,
    responderNames: ['R One', 'R Two', 'R Three'],
    revision: 3,
    etag: '',
  },
  responses: new Map(
    ids.map((id, i) => [
      id,
      { responderId: id, name: `R ${i}`, text: long('r'), at: '', edited: i === 0, etag: '' },
    ]),
  ),
};

describe('response request card', () => {
  it('at its largest (every answer and three responses at the limit) stays under the 40 KB message limit', () => {
    for (const responder of [undefined, 'r1']) {
      const card = renderResponseRequest({ record, form, ...(responder ? { responder } : {}) });
      assert.deepEqual(cardProblems(card), []);
      const json = JSON.stringify({ attachments: [{ content: card }] });
      assert.ok(Buffer.byteLength(json) < 36_000, `${Buffer.byteLength(json)} bytes`);
      assert.match(cardText(card), /12 long answer\(s\) are shortened here/);
    }
  });

  it('gives the responders their own view through refresh, and everyone else a Respond button', () => {
    const card = renderResponseRequest({ record, form }) as { refresh: { userIds: string[] } };
    assert.deepEqual(card.refresh.userIds, ids.map(userMri));
    assert.match(cardText(card), /Respond$/);
    assert.match(cardText(renderResponseRequest({ record, form, responder: 'r1' })), /Update my response$/);
  });
  it('shows the header question once: its title as the heading, its answer as text (no "Staff involved / Staff involved")', () => {
    const text = cardText(renderResponseRequest({ record, form }));
    assert.equal(text.match(/Staff involved/g)?.length, 1, text.slice(0, 400));
    assert.match(text, /Outcomes for children\nWhat is working well\?/, 'the grid keeps its lens labels');
  });
});

describe('response request card with actions', () => {
  it('at its largest (every answer at the limit, its next steps as actions, 30 owners) stays under 40 KB', async () => {
    const { proposedActions } = await import('../../../src/actions/propose');
    const { toReportVisit } = await import('../../../src/report/report-index');
    const { targetMonths } = await import('../../../src/actions/months');
    const actions = proposedActions(toReportVisit(record)!);
    assert.ok(actions.length >= 3, `${actions.length} actions`);
    const owners = Array.from({ length: 30 }, (_, i) => ({
      aadObjectId: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      name: `Person Number ${i} With A Long Name`,
    }));
    for (const responder of [undefined, 'r1']) {
      const card = renderResponseRequest({
        record,
        form,
        actions,
        ...(responder ? { responder, owners, months: targetMonths('2026-11-25') } : {}),
      });
      assert.deepEqual(cardProblems(card), []);
      const bytes = Buffer.byteLength(JSON.stringify({ attachments: [{ content: card }] }));
      console.log(`      response card, ${responder ? 'responder' : 'everyone'}: ${bytes} bytes`);
      assert.ok(bytes < 40_000, `${bytes} bytes`);
    }
  });
});
