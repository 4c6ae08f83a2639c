import assert from 'node:assert/strict';
import type { Person } from '../../../src/directory/types';
import { createLogger } from '../../../src/kernel/log';
import { composePaper } from '../../../src/report/compose-paper';
import { draftFor } from '../../../src/report/draft';
import { buildFindings } from '../../../src/report/findings';
import type { DraftView, ReportExport } from '../../../src/report/reports';
import type { Period, ReportDraft, ReportFindings } from '../../../src/report/types';
import { reportCommands, type ReportCommandDeps } from '../../../src/teams/commands/report-commands';
import type { Scope } from '../../../src/teams/activity-facts';
import { loadForms } from '../../../src/visits/forms';
import { cardProblems, cardText } from '../../support/cards';
import { RecordingTurn } from '../../support/recording-turn';
import {
  BOOKINGS,
  CHECS,
  CIN_CP,
  CWD,
  PERIOD,
  SAM,
  SERVICES,
  SHORT_BREAKS,
  TODAY,
  VISITS,
} from '../report/section7-fixture';

const CONSENT = 'application/vnd.microsoft.teams.card.file.consent';

/** What `reports.refresh` answers for a period: the fixture's findings and a fresh draft of them. */
function viewFor(period: Period): DraftView {
  const findings: ReportFindings = buildFindings({
    period,
    today: TODAY,
    services: SERVICES,
    visits: VISITS,
    bookings: BOOKINGS,
    forms: loadForms(),
  });
  const draft: ReportDraft = {
    periodKey: period.key,
    sections: { text: {}, etag: 'sections-1' },
    services: draftFor(findings).map((s, i) => ({ ...s, etag: `row-${i + 1}` })),
    refreshedVersion: findings.latestVersion,
    refreshedEtag: 'refreshed-1',
  };
  return { findings, draft };
}

function setUp(scope: Scope) {
  const refreshed: { period: Period; user: Person }[] = [];
  const exported: { period: Period; format: string }[] = [];
  const deps: ReportCommandDeps = {
    reports: {
      async refresh(period, user) {
        refreshed.push({ period, user });
        return viewFor(period);
      },
      async export(period, _user, format): Promise<ReportExport> {
        exported.push({ period, format });
        const { findings, draft } = viewFor(period);
        return { paper: composePaper(findings, draft), csv: [], hits: [], added: 0, released: true };
      },
    },
    async upload() {
      throw new Error('the command never uploads');
    },
    log: createLogger(() => undefined),
    // 20 April 2023: the last full municipal year is 2022-23.
    clock: { now: () => new Date('2023-04-20T09:00:00Z') },
  };
  const command = reportCommands(deps).find((c) => c.name === 'report');
  assert.ok(command);
  const turn = new RecordingTurn(SAM, scope);
  return { command, turn, refreshed, exported };
}

describe('the report command', () => {
  it('is for the partnerships team, in a channel or a personal chat', () => {
    const { command } = setUp('team');
    assert.deepEqual(command.roles, ['partnerships']);
    assert.deepEqual([...command.scopes].sort(), ['personal', 'team']);
  });

  it('in a channel: one summary card with each heading and its figures, and no file', async () => {
    const { command, turn, refreshed, exported } = setUp('team');
    await command.run(turn, '2022-23');
    assert.deepEqual(refreshed, [{ period: PERIOD, user: SAM }]);
    assert.deepEqual(exported, []);
    assert.equal(turn.sent.length, 1);
    const [card] = turn.cards;
    assert.ok(card);
    assert.deepEqual(cardProblems(card), []);
    const text = cardText(card);
    assert.match(text, /^Committee report: 1 April 2022 to 31 March 2023\n/);
    // 11 visits in the period (the CWD visit of March 2022 is before it), 2 of them awaiting feedback.
    assert.match(text, /^11 visits, 2 awaiting feedback, 20 points drafted into themes\.$/m);
    const lines = text.split('\n');
    // Headings are escaped for the card's markdown: "\(ChECS\)".
    const lineOf = (heading: string): number => lines.indexOf(heading.replace(/[()]/g, (c) => `\\${c}`));
    const figuresOf = (heading: string): string => {
      assert.ok(lineOf(heading) >= 0, `no heading ${heading} in\n${text}`);
      return lines[lineOf(heading) + 1]!;
    };
    assert.match(figuresOf(CHECS), /^2 visits · \d+ themes? · 8 points$/);
    assert.match(figuresOf(CIN_CP), /^5 visits \(1 awaiting feedback\) · \d+ themes? · 5 points$/);
    assert.match(figuresOf(CWD), /^1 visit · \d+ themes? · 4 points$/);
    assert.match(figuresOf(SHORT_BREAKS), /^3 visits \(1 awaiting feedback\) · \d+ themes? · 3 points$/);
    const order = [CHECS, CIN_CP, CWD, SHORT_BREAKS].map(lineOf);
    assert.deepEqual(
      order,
      [...order].sort((a, b) => a - b),
      'headings in the paper’s order',
    );
    assert.match(text, /Type \*\*report 2022-23\*\* to me in a personal chat for the Word paper/);
  });

  it('in a personal chat: the summary card, then the paper offered as a file', async () => {
    const { command, turn, exported } = setUp('personal');
    await command.run(turn, '2022/23');
    assert.deepEqual(
      turn.sent.map((s) => s.kind),
      ['card', 'attachment'],
    );
    assert.deepEqual(cardProblems(turn.cards[0]!), []);
    assert.match(
      cardText(turn.cards[0]),
      /The Word paper follows: choose Allow to save it to your OneDrive\./,
    );
    const [offer] = turn.attachments;
    assert.equal(offer?.contentType, CONSENT);
    assert.equal(offer?.name, 'Committee report 2022-23.docx');
    assert.deepEqual(exported, [{ period: PERIOD, format: 'docx' }]);
  });

  it('without a period: the last full municipal year by the clock', async () => {
    const { command, turn, refreshed } = setUp('team');
    await command.run(turn, '');
    assert.equal(refreshed[0]?.period.key, '2022-23');
    assert.match(cardText(turn.cards[0]), /^Committee report: 1 April 2022 to 31 March 2023/);
  });

  it('a period it cannot read: says why, and nothing else happens', async () => {
    for (const [args, problem] of [
      ['2022-24', '2022-24 is not a municipal year: did you mean 2022-23?'],
      ['2023-02-30..2023-03-31', '2023-02-30..2023-03-31 holds a date that does not exist.'],
    ] as const) {
      const { command, turn, refreshed, exported } = setUp('personal');
      await command.run(turn, args);
      assert.deepEqual(turn.sent, [{ kind: 'text', text: problem }]);
      assert.deepEqual(refreshed, []);
      assert.deepEqual(exported, []);
    }
  });
});
