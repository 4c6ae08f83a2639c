import assert from 'node:assert/strict';
import { renderReportSummary } from '../../../src/cards/report-summary-card';
import { cardProblems, cardText } from '../../support/cards';

describe('the report summary card', () => {
  const render = (personal: boolean) =>
    renderReportSummary({
      periodLabel: '1 April 2025 to 31 March 2026',
      periodKey: '2025-26',
      headings: [
        {
          heading: 'Cheshire East Consultation Service (ChECS)',
          visits: 2,
          feedbackAwaited: 1,
          formAwaited: 0,
          themes: 3,
          points: 1,
        },
      ],
      personal,
    });

  it('shows each heading, escaped for markdown, with its figures', () => {
    const card = render(false);
    assert.deepEqual(cardProblems(card), []);
    const text = cardText(card);
    assert.match(
      text,
      /^Cheshire East Consultation Service \\\(ChECS\\\)\n2 visits \(1 awaiting feedback\) · 3 themes · 1 point$/m,
    );
    assert.match(text, /^2 visits, 1 awaiting feedback, 1 point drafted into themes\.$/m);
  });

  it('tells a channel where to get the Word paper in Teams, not on a server’s command line', () => {
    const hint = cardText(render(false)).split('\n').at(-1)!;
    assert.equal(
      hint,
      'Type **report 2025-26** to me in a personal chat for the Word paper (open Frontline Visits from the Teams app bar).',
    );
    assert.doesNotMatch(hint, /npm/);
    assert.match(
      cardText(render(true)),
      /The Word paper follows: choose Allow to save it to your OneDrive\.$/,
    );
  });
});
