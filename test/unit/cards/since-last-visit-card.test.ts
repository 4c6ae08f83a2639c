import assert from 'node:assert/strict';
import type { Action } from '../../../src/actions/types';
import { renderImpactsNotSaved, renderSinceLastVisit } from '../../../src/cards/since-last-visit-card';
import { VERB } from '../../../src/cards/verbs';
import type { VisitRecord } from '../../../src/visits/types';
import { actionsOf, inputValue } from '../../support/card-driver';
import { cardProblems, cardText } from '../../support/cards';

const record: VisitRecord = {
  visit: {
    id: '6f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f',
    serviceId: 'checs',
    serviceName: 'ChECS',
    date: '2026-11-20',
    councillorIds: ['alex'],
    councillorNames: ['Cllr Alex Morgan'],
    formKey: 'signs-of-safety@2',
    status: 'draft',
    createdBy: 'alex',
    createdAt: '2026-11-20T09:00:00.000Z',
    etag: 'v1',
  },
  answers: new Map(),
};
const base = {
  visitId: 'earlier',
  serviceId: 'checs',
  serviceName: 'ChECS',
  visitDate: '2026-06-10',
  history: [],
  impacts: [],
};
const at = '2026-07-01T10:00:00.000Z';
const dana = { at, by: 'dana', byName: 'Dana Whitfield' };
const actions: Action[] = [
  { ...base, id: 'p1', text: 'Write to *families* [now](http://x)', status: 'proposed', etag: '' },
  {
    ...base,
    id: 'p2',
    text: 'Recruit two social workers',
    status: 'agreed',
    owner: { kind: 'person', aadObjectId: 'sam', name: 'Sam Patel' },
    target: '2027-03',
    history: [{ ...dana, what: 'agreed: Sam Patel, by 2027-03', note: 'Posts advertised in <July>' }],
    etag: 'e2',
  },
  { ...base, id: 'p3', text: 'Review supervision', status: 'in progress', etag: 'e3' },
  {
    ...base,
    id: 'p4',
    text: 'Open on Saturdays',
    status: 'done',
    owner: { kind: 'team', name: 'Front door' },
    etag: 'e4',
  },
  {
    ...base,
    id: 'p5',
    text: 'New building',
    status: 'declined',
    reason: 'No _budget_ this year',
    etag: 'e5',
  },
];

describe('the "Since the last visit" card', () => {
  const card = renderSinceLastVisit({
    record,
    actions,
    chosen: new Map([['p2', { madeDifference: 'partly', note: 'One post filled' }]]),
  });
  const text = cardText(card);

  it('is a valid card, well under the message limit', () => {
    assert.deepEqual(cardProblems(card), []);
    assert.ok(JSON.stringify(card).length < 28_000);
  });

  it('names the service and its last visit, and each action with its status, escaped', () => {
    assert.match(text, /Since the last visit to ChECS \(Wed, 10 Jun 2026\)/);
    assert.match(
      text,
      /Write to \\\*families\\\* \\\[now\\\]\\\(http:\/\/x\\\)\nProposed: not yet decided\./,
    );
    assert.match(text, /Recruit two social workers\nAgreed\. Owner: Sam Patel, by March 2027\./);
    assert.match(text, /Review supervision\nIn progress/);
    assert.match(text, /Open on Saturdays\nDone\. Owner: Front door/);
    assert.match(text, /New building\nDeclined: No \\_budget\\_ this year/);
  });

  it("shows the head of service's notes from the history, escaped", () => {
    assert.match(text, /- “Posts advertised in \\<July\\>” — Dana Whitfield, 1 Jul 2026/);
  });

  it('asks per action whether it made a difference, with what was chosen already', () => {
    assert.equal(inputValue(card, 'impact-1'), 'partly');
    assert.equal(inputValue(card, 'note-1'), 'One post filled');
    assert.equal(inputValue(card, 'impact-0'), '');
    assert.match(text, /Did staff say it made a difference\?/);
  });

  it('Save carries the actions as shown (ids and etags); Skip carries the visit only', () => {
    const [save, skip] = actionsOf(card);
    assert.equal(save?.title, 'Save and start the questions');
    assert.equal(save?.verb, VERB.visitRecordImpacts);
    assert.deepEqual(
      save?.data.shown,
      actions.map((a) => ({ id: a.id, etag: a.etag })),
    );
    assert.equal(skip?.title, 'Skip to the questions');
    assert.deepEqual(skip?.data, { visitId: record.visit.id });
  });

  it('names the visit each action came from when they come from several, and shows a notice', () => {
    const older = { ...actions[2]!, visitId: 'older', visitDate: '2026-01-05' };
    const shown = renderSinceLastVisit({
      record,
      actions: [older, actions[1]!],
      chosen: new Map(),
      notice: 'Changed *since*',
    });
    assert.deepEqual(cardProblems(shown), []);
    assert.match(cardText(shown), /Changed \\\*since\\\*/);
    assert.match(cardText(shown), /From the visit of Mon, 5 Jan 2026 · In progress/);
  });

  it('a Save storage did not answer hands back each note, with the choices on the button', () => {
    const card = renderImpactsNotSaved(
      {
        visitId: record.visit.id,
        shown: [
          { id: 'p1', etag: '' },
          { id: 'p2', etag: 'e2' },
        ],
        impacts: [
          { actionId: 'p1', madeDifference: '', note: '' },
          { actionId: 'p2', madeDifference: 'yes', note: 'Both posts filled' },
        ],
      },
      'ChECS · Fri, 20 Nov 2026',
    );
    assert.deepEqual(cardProblems(card), []);
    assert.equal(inputValue(card, 'note-1'), 'Both posts filled');
    assert.equal(inputValue(card, 'note-0'), undefined);
    const [again] = actionsOf(card);
    assert.equal(again?.verb, VERB.visitRecordImpacts);
    assert.equal(again?.data['impact-1'], 'yes');
  });
});
