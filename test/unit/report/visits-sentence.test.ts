import assert from 'node:assert/strict';
import { visitsSentence, type HeldVisit, type RotaNotes } from '../../../src/report/visits-sentence';

const NO_NOTES: RotaNotes = { changes: [] };
const held = (serviceName: string, date: string, feedbackAwaited = false): HeldVisit => ({
  serviceName,
  date,
  feedbackAwaited,
});

const CHECS = 'Cheshire East Consultation Service (ChECS)';
// Under the shared CIN/CP heading, findings pass each service's short name.
const MACCLESFIELD = 'Macclesfield';
const CREWE = 'Crewe';

describe('the "Number of visits" sentence', () => {
  it('no visits', () => {
    assert.equal(visitsSentence([], false, NO_NOTES), 'no visits have taken place.');
  });

  it('no visits yet, but one booked: "a visit", not "a further visit"', () => {
    const notes: RotaNotes = { planned: { serviceName: CHECS, day: '2023-06-07' }, changes: [] };
    assert.equal(
      visitsSentence([], false, notes),
      'no visits have taken place; a visit is planned to Cheshire East Consultation Service (ChECS) in June 2023.',
    );
  });

  it('one visit, with its month', () => {
    assert.equal(
      visitsSentence([held(CHECS, '2023-02-15')], false, NO_NOTES),
      'one visit has taken place in February 2023.',
    );
  });

  it('two visits, in date order whatever order they come in: the paper’s wording for ChECS', () => {
    assert.equal(
      visitsSentence([held(CHECS, '2023-01-18'), held(CHECS, '2022-08-10')], false, NO_NOTES),
      'two visits have taken place; one in August 2022 and another in January 2023.',
    );
  });

  it('three visits, the last awaiting feedback: the short breaks team', () => {
    const visits = [
      held('Short Breaks', '2023-03-28', true),
      held('Short Breaks', '2022-05-12'),
      held('Short Breaks', '2022-11-09'),
    ];
    assert.equal(
      visitsSentence(visits, false, NO_NOTES),
      'three visits have taken place: May and November 2022, and March 2023 (feedback awaited).',
    );
  });

  it('names the year once per run of months in it, and breaks the run after feedback awaited', () => {
    const visits = [
      held(CHECS, '2022-04-06'),
      held(CHECS, '2022-08-10', true),
      held(CHECS, '2022-11-09'),
      held(CHECS, '2023-01-18'),
    ];
    assert.equal(
      visitsSentence(visits, false, NO_NOTES),
      'four visits have taken place: April and August 2022 (feedback awaited), November 2022, and January 2023.',
    );
  });

  it('two visits in one month', () => {
    assert.equal(
      visitsSentence([held(CHECS, '2026-11-24'), held(CHECS, '2026-11-03', true)], false, NO_NOTES),
      'two visits have taken place: two in November 2026 (feedback awaited).',
    );
  });

  it('marks each visit still awaiting feedback, not only the last', () => {
    assert.equal(
      visitsSentence([held(CHECS, '2022-08-10', true), held(CHECS, '2023-01-18', true)], false, NO_NOTES),
      'two visits have taken place; one in August 2022 (feedback awaited) and another in January 2023 ' +
        '(feedback awaited).',
    );
  });

  it('a shared heading says how many went to each service, the first visited first, set apart by commas', () => {
    const visits = [
      held(CREWE, '2022-06-15'),
      held(MACCLESFIELD, '2023-03-22', true),
      held(MACCLESFIELD, '2022-04-20'),
      held(CREWE, '2022-11-02'),
      held(MACCLESFIELD, '2022-11-16'),
    ];
    assert.equal(
      visitsSentence(visits, true, NO_NOTES),
      'five visits have taken place: three to Macclesfield – April and November 2022, and March 2023 ' +
        '(feedback awaited), and two to Crewe – June and November 2022.',
    );
  });

  it('a shared heading: two visits to a service in different years read as the paper has them, without a comma', () => {
    // The seed paper: "two to Crewe – June 2022 and January 2023".
    const visits = [held(MACCLESFIELD, '2022-04-20'), held(CREWE, '2022-06-15'), held(CREWE, '2023-01-25')];
    assert.equal(
      visitsSentence(visits, true, NO_NOTES),
      'three visits have taken place: one to Macclesfield – April 2022, and two to Crewe – June 2022 and ' +
        'January 2023.',
    );
  });

  it('a shared heading with visits to one of its services only names that service', () => {
    assert.equal(
      visitsSentence([held(CREWE, '2022-06-15')], true, NO_NOTES),
      'one visit has taken place to Crewe, in June 2022.',
    );
    assert.equal(
      visitsSentence([held(CREWE, '2023-01-25'), held(CREWE, '2022-06-15')], true, NO_NOTES),
      'two visits have taken place to Crewe; one in June 2022 and another in January 2023.',
    );
  });

  it('a planned visit follows the visits held: the paper’s CIN/CP sentence', () => {
    // "five visits have taken place: three to Macclesfield – April and November 2022, and March 2023 (feedback
    // awaited), and two to Crewe – June 2022 and January 2023, a further visit is planned to Crewe CiN/CP in
    // April 2023.
    const visits = [
      held(MACCLESFIELD, '2022-04-20'),
      held(CREWE, '2022-06-15'),
      held(MACCLESFIELD, '2022-11-16'),
      held(CREWE, '2023-01-25'),
      held(MACCLESFIELD, '2023-03-22', true),
    ];
    const notes: RotaNotes = { planned: { serviceName: CREWE, day: '2023-04-19' }, changes: [] };
    assert.equal(
      visitsSentence(visits, true, notes),
      'five visits have taken place: three to Macclesfield – April and November 2022, and March 2023 ' +
        '(feedback awaited), and two to Crewe – June 2022 and January 2023, a further visit is planned ' +
        'to Crewe in April 2023.',
    );
  });

  it('a planned visit for a heading of one service', () => {
    const notes: RotaNotes = { planned: { serviceName: CHECS, day: '2023-06-07' }, changes: [] };
    assert.equal(
      visitsSentence([held(CHECS, '2023-01-18')], false, notes),
      'one visit has taken place in January 2023, a further visit is planned to ' +
        'Cheshire East Consultation Service (ChECS) in June 2023.',
    );
  });

  describe('meetings moved or cancelled', () => {
    const cwd = [held('CWD', '2022-03-29'), held('CWD', '2023-02-15')];

    it('several moved, for sickness and councillor availability: the paper’s CWD sentence', () => {
      const notes: RotaNotes = {
        changes: [
          { kind: 'moved', reason: 'sickness in the service' },
          { kind: 'moved', reason: 'councillor availability' },
          { kind: 'moved', reason: 'sickness in the service' },
        ],
      };
      assert.equal(
        visitsSentence(cwd, false, notes),
        'two visits have taken place; one in March 2022 and another in February 2023. A number of meetings ' +
          'were planned but were moved due to sickness in the service and councillor availability.',
      );
    });

    it('one moved meeting', () => {
      const notes: RotaNotes = { changes: [{ kind: 'moved', reason: 'councillor availability' }] };
      assert.equal(
        visitsSentence(cwd, false, notes),
        'two visits have taken place; one in March 2022 and another in February 2023. One meeting was ' +
          'planned but was moved due to councillor availability.',
      );
    });

    it('one cancelled meeting', () => {
      const notes: RotaNotes = { changes: [{ kind: 'cancelled', reason: 'sickness in the service' }] };
      assert.equal(
        visitsSentence([], false, notes),
        'no visits have taken place. One meeting was planned but was cancelled due to sickness in the service.',
      );
    });

    it('moved and cancelled together', () => {
      const notes: RotaNotes = {
        changes: [
          { kind: 'moved', reason: 'councillor availability' },
          { kind: 'cancelled', reason: 'sickness in the service' },
        ],
      };
      assert.match(
        visitsSentence(cwd, false, notes),
        / A number of meetings were planned but were moved or cancelled due to councillor availability and sickness in the service\.$/,
      );
    });

    it('the reason "other", or none recorded, reads as other reasons, once', () => {
      const notes: RotaNotes = {
        changes: [
          { kind: 'cancelled', reason: 'other' },
          { kind: 'cancelled', reason: 'sickness in the service' },
          { kind: 'cancelled' },
        ],
      };
      assert.match(
        visitsSentence(cwd, false, notes),
        / A number of meetings were planned but were cancelled due to other reasons and sickness in the service\.$/,
      );
      assert.match(
        visitsSentence(cwd, false, { changes: [{ kind: 'moved', reason: 'other' }] }),
        / One meeting was planned but was moved due to other reasons\.$/,
      );
    });

    it('says nothing of changes when there were none', () => {
      assert.doesNotMatch(visitsSentence(cwd, false, NO_NOTES), /meeting/);
    });
  });
});
