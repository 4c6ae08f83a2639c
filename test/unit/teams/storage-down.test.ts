import assert from 'node:assert/strict';
import { VERB } from '../../../src/cards/verbs';
import { createLogger } from '../../../src/kernel/log';
import { cardWhileStorageDown } from '../../../src/teams/storage-down';
import { loadForms } from '../../../src/visits/forms';
import { actionsOf, inputValue } from '../../support/card-driver';
import { cardProblems, cardText } from '../../support/cards';

const forms = loadForms();
const log = createLogger(() => undefined);
const visitId = '6f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f';
const click = (verb: string, data: Record<string, unknown>) => ({
  action: { type: 'Action.Execute', verb, data },
});
const step = {
  visitId,
  stepId: 'outcomes.worries',
  revision: 2,
  shown: 'abc',
  form: 'signs-of-safety@2',
  label: 'ChECS · Mon, 23 Nov 2026 · Cllr Alex Morgan',
  move: 'review',
};

describe('a click when storage is not answering: nothing saved, nothing the person typed is lost', () => {
  it('an amendment comes back with its notes and its reason, and Save amendment again sends both', () => {
    const card = cardWhileStorageDown(
      click(VERB.visitAmend, { ...step, answer: 'Caseloads are 25 each', reason: 'Corrected a figure' }),
      forms,
      log,
    );
    assert.deepEqual(cardProblems(card), []);
    assert.match(cardText(card), /^Not saved: our storage is not answering just now\nNothing was lost/);
    assert.equal(inputValue(card, 'answer'), 'Caseloads are 25 each');
    assert.equal(inputValue(card, 'reason'), 'Corrected a figure');
    const [again] = actionsOf(card);
    assert.equal(again?.title, 'Save amendment again');
    assert.equal(again?.verb, VERB.visitAmend);
    assert.deepEqual(
      again?.data,
      step,
      'the same step, revision and form: saving again is checked as before',
    );
  });

  it('a response comes back whole in its box, with Send response again', () => {
    const response = `${'We will recruit. '.repeat(300)}End.`;
    const card = cardWhileStorageDown(
      click(VERB.responseSubmit, { visitId, revision: 3, response }),
      forms,
      log,
    );
    assert.deepEqual(cardProblems(card), []);
    assert.equal(inputValue(card, 'response'), response);
    assert.deepEqual(
      actionsOf(card).map((a) => [a.title, a.verb, a.data]),
      [['Send response again', VERB.responseSubmit, { visitId, revision: 3 }]],
    );
  });

  it('a response with decisions on its actions comes back with them: Send response again sends the decisions too', () => {
    const actions = [
      { id: 'a1b2c3d4e5f6', etag: 'W/"1"' },
      { id: 'b1b2c3d4e5f6', etag: '' },
      { id: 'c1b2c3d4e5f6', etag: '' },
    ];
    const card = cardWhileStorageDown(
      click(VERB.responseSubmit, {
        visitId,
        revision: 3,
        actions,
        response: 'We accept the findings.',
        a0Choice: 'agree',
        a0Owner: 'chris',
        a0Month: '2030-01',
        a1Choice: 'decline',
        a1Note: 'The county review covers this.',
      }),
      forms,
      log,
    );
    assert.deepEqual(cardProblems(card), []);
    assert.equal(inputValue(card, 'response'), 'We accept the findings.');
    assert.equal(inputValue(card, 'a1Note'), 'The county review covers this.');
    const [again] = actionsOf(card);
    assert.deepEqual(again?.data, {
      visitId,
      revision: 3,
      actions,
      a0Choice: 'agree',
      a0Owner: 'chris',
      a0Team: '',
      a0Month: '2030-01',
      a1Choice: 'decline',
      a1Owner: '',
      a1Team: '',
      a1Month: '',
    });
  });

  it('anything else is told that nothing was changed', () => {
    const card = cardWhileStorageDown(click(VERB.rotaBook, { serviceId: 'checs' }), forms, log);
    assert.match(cardText(card), /Not done: storage is not answering\nNothing was changed/);
    assert.match(cardText(cardWhileStorageDown(undefined, forms, log)), /Nothing was changed/);
  });
});
