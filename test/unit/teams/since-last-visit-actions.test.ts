import assert from 'node:assert/strict';
import { VERB } from '../../../src/cards/verbs';
import { createLogger } from '../../../src/kernel/log';
import { parseImpacts } from '../../../src/teams/actions/since-last-visit-actions';
import { cardWhileStorageDown } from '../../../src/teams/storage-down';
import { loadForms } from '../../../src/visits/forms';
import { actionsOf, inputValue } from '../../support/card-driver';
import { cardProblems, cardText } from '../../support/cards';

const visitId = '6f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f';
const shown = [
  { id: '0123456789ab', etag: '' },
  { id: 'ba9876543210', etag: 'W/"e2"' },
];

describe('the "Since the last visit" buttons', () => {
  it('reads each action as shown with its choice and note, unanswered ones blank', () => {
    const parsed = parseImpacts({ visitId, shown, 'impact-1': 'partly', 'note-1': 'One post filled ' });
    assert.deepEqual(parsed, {
      ok: true,
      value: {
        visitId,
        shown,
        impacts: [
          { actionId: '0123456789ab', madeDifference: '', note: '' },
          { actionId: 'ba9876543210', madeDifference: 'partly', note: 'One post filled ' },
        ],
      },
    });
  });

  it('refuses data no card of ours sends', () => {
    assert.equal(parseImpacts({ visitId: 'x', shown }).ok, false);
    assert.equal(parseImpacts({ visitId, shown: 'p1' }).ok, false);
    assert.equal(parseImpacts({ visitId, shown: [{ id: 1 }] }).ok, false);
    assert.equal(parseImpacts({ visitId, shown: [{ id: 'p1', etag: '' }] }).ok, false, 'not an action id');
    assert.equal(parseImpacts({ visitId, shown, 'impact-0': 'maybe' }).ok, false);
    assert.equal(parseImpacts({ visitId, shown, 'note-0': 42 }).ok, false);
  });

  it('a Save that storage did not answer comes back with the notes in their boxes, to send again', () => {
    const card = cardWhileStorageDown(
      {
        action: {
          type: 'Action.Execute',
          verb: VERB.visitRecordImpacts,
          data: { visitId, shown, label: 'ChECS', 'impact-1': 'yes', 'note-1': 'Both posts filled' },
        },
      },
      loadForms(),
      createLogger(() => undefined),
    );
    assert.deepEqual(cardProblems(card), []);
    assert.match(cardText(card), /^Not saved: our storage is not answering just now/);
    assert.equal(inputValue(card, 'note-1'), 'Both posts filled');
    const [again] = actionsOf(card);
    assert.equal(again?.title, 'Save again');
    assert.deepEqual(again?.data, { visitId, shown, label: 'ChECS', 'impact-1': 'yes' });
  });
});
