import assert from 'node:assert/strict';
import JSZip from 'jszip';
import { channel, messageActivity, persona, type Persona } from '../support/activities';
import { actionsOf, personAt } from '../support/card-driver';
import { cardOf, cardText } from '../support/cards';
import { testDay } from '../support/clock';
import type { StandInConnector } from '../support/connector';
import { startSeededBot, type SeededBot } from '../support/seeded-bot';
import type { TestApp } from '../support/test-app';

const CIN_CP = 'Child in Need / Child Protection (CIN/CP)';
/** The days around the test clock's today: every visit these tests submit falls in it. */
const PERIOD = `${testDay(-60)}..${testDay(0)}`;
const EMPTY = '2019-04-01..2019-06-30';

interface DraftJson {
  period: { key: string };
  stale?: string;
  draft: {
    services: {
      heading: string;
      etag: string;
      columns: Record<
        string,
        { id: string; title: string; points: { id: string; text: string; isNew?: boolean }[] }[]
      >;
    }[];
  };
  services: { heading: string; visitsSentence: string; visits: { visitId: string }[] }[];
  what?: string;
  error?: string;
}

describe('the committee report, from visits submitted in Teams to the Word paper (real Azurite)', () => {
  let seeded: SeededBot;
  let bot: TestApp;
  let connector: StandInConnector;

  const api = async (path: string, who: Persona | undefined, init: RequestInit = {}) =>
    fetch(`${bot.baseUrl}${path}`, {
      ...init,
      headers: {
        'content-type': 'application/json',
        ...(who?.aadObjectId ? { 'x-local-user': who.aadObjectId } : {}),
      },
    });
  const draftOf = async (path: string, who: Persona = persona.partnerships, init?: RequestInit) => {
    const response = await api(path, who, init);
    return { status: response.status, body: (await response.json()) as DraftJson };
  };
  const edit = (edit: object, seen?: string) =>
    draftOf(`/api/report/edits?period=${PERIOD}`, persona.partnerships, {
      method: 'POST',
      body: JSON.stringify({ edit, ...(seen ? { seen } : {}) }),
    });
  /** Alex records a visit to CIN/CP Crewe with these answers and submits it; answers the visit id. */
  async function submitVisit(day: string, workingWell: string, worries: string): Promise<string> {
    const alex = personAt(bot, connector, persona.councillor);
    let card = await alex.click(await alex.say('start'), 'Start the form', {
      serviceId: 'cin-cp-crewe',
      date: day,
    });
    const visitId = String(actionsOf(card)[0]?.data.visitId);
    card = await alex.click(card, 'Save & next', { answer: 'Service manager and four social workers' });
    card = await alex.click(card, 'Save & next', { answer: workingWell });
    card = await alex.click(card, 'Save & next', { answer: worries });
    const submitted = await alex.click(await alex.say('review'), 'Submit');
    assert.match(cardText(submitted), /Submitted\. Thank you\./);
    return visitId;
  }
  const cinCp = (body: DraftJson) => body.draft.services.find((s) => s.heading === CIN_CP)!;
  const pointTexts = (body: DraftJson, column: string) =>
    cinCp(body).columns[column]!.flatMap((t) => t.points.map((p) => p.text));

  before(async () => {
    seeded = await startSeededBot();
    ({ bot, connector } = seeded);
  });
  after(async () => seeded?.stop());

  it('answers who may not see the report with 401 or 403, and an unreadable period with 400', async () => {
    const nobody = await api(`/api/report?period=${PERIOD}`, undefined);
    assert.equal(nobody.status, 401);
    assert.match(((await nobody.json()) as DraftJson).error!, /sign.in/i);
    const councillor = await api(`/api/report?period=${PERIOD}`, persona.councillor);
    assert.equal(councillor.status, 403);
    assert.match(((await councillor.json()) as DraftJson).error!, /Only the partnerships team/);
    const bad = await api('/api/report?period=last-year', persona.partnerships);
    assert.equal(bad.status, 400);
    assert.match(((await bad.json()) as DraftJson).error!, /Write a municipal year such as 2025-26/);
  });

  it('drafts a submitted visit into its heading, in words, with its points under proposed themes', async () => {
    await submitVisit(
      testDay(-20),
      'Staff feel well supported by their managers',
      'Caseloads are high.\nLaptops are heavy and slow',
    );
    const { status, body } = await draftOf(`/api/report?period=${PERIOD}`);
    assert.equal(status, 200);
    const heading = body.services.find((s) => s.heading === CIN_CP)!;
    assert.match(
      heading.visitsSentence,
      /^one visit has taken place to Crewe, in \w+ \d{4} \(feedback awaited\)\.$/,
    );
    assert.deepEqual(pointTexts(body, 'working-well'), ['Staff feel well supported by their managers']);
    assert.deepEqual(pointTexts(body, 'worries').sort(), [
      'Caseloads are high.',
      'Laptops are heavy and slow',
    ]);
    const themes = cinCp(body).columns.worries!.map((t) => t.title);
    assert.ok(themes.length >= 2, `caseloads and laptops are different themes: ${themes.join(', ')}`);
    const checs = body.services.find((s) => s.heading.includes('ChECS'))!;
    assert.equal(checs.visitsSentence, 'no visits have taken place.');
  });

  it('refuses an edit made on an old copy, saying who changed it, and keeps the first edit', async () => {
    const { body } = await draftOf(`/api/report?period=${PERIOD}`);
    const before = cinCp(body);
    const theme = before.columns.worries![0]!;
    const first = await edit(
      { kind: 'rename-theme', heading: CIN_CP, themeId: theme.id, title: 'Team capacity' },
      before.etag,
    );
    assert.equal(first.status, 200, first.body.error);
    const second = await edit(
      { kind: 'rename-theme', heading: CIN_CP, themeId: theme.id, title: 'Workload' },
      before.etag,
    );
    assert.equal(second.status, 409);
    assert.match(second.body.error!, /Sam Okafor changed this part of the draft after you opened it/);
    assert.ok(cinCp(second.body).columns.worries!.some((t) => t.title === 'Team capacity'));
    const wrong = await edit({ kind: 'rename-theme', heading: CIN_CP, themeId: 'no-such-theme', title: 'X' });
    assert.equal(wrong.status, 422);
  });

  it('says the draft is behind after a new visit; a refresh adds its points as new and keeps the rename', async () => {
    await submitVisit(
      testDay(-10),
      'Good multi-agency working with the police',
      'Recruitment remains a challenge',
    );
    const stale = await draftOf(`/api/report?period=${PERIOD}`);
    assert.match(stale.body.stale ?? '', /Refresh it to add their points/);
    assert.equal(pointTexts(stale.body, 'working-well').length, 1, 'nothing is added before the refresh');
    const { status, body } = await draftOf(`/api/report/refresh?period=${PERIOD}`, persona.partnerships, {
      method: 'POST',
    });
    assert.equal(status, 200);
    assert.equal(body.stale, undefined);
    assert.ok(
      cinCp(body).columns.worries!.some((t) => t.title === 'Team capacity'),
      'the rename survived',
    );
    const added = cinCp(body)
      .columns['working-well']!.flatMap((t) => t.points)
      .find((p) => /police/.test(p.text));
    assert.equal(added?.isNew, true);
    assert.match(
      body.services.find((s) => s.heading === CIN_CP)!.visitsSentence,
      /^two visits have taken place to Crewe(; one in \w+ \d{4}|: two in \w+ \d{4})/,
    );
  });

  it('follows an amendment: the draft is behind until refreshed, then has the amended point, marked new', async () => {
    const alex = personAt(bot, connector, persona.councillor);
    const review = await alex.say('review');
    const amend = actionsOf(review).find((a) => a.title === 'Amend' && a.data.stepId === 'outcomes.worries');
    assert.ok(amend, 'the submitted review card offers Amend for each answer');
    const amendCard = await alex.invoke(amend.verb, amend.data);
    const amended = await alex.click(amendCard, 'Save amendment', {
      answer: 'Recruitment remains a challenge\nMorale dipped after the office move',
      reason: 'Added what the team manager said',
    });
    assert.match(cardText(amended), /Amended/);
    const stale = await draftOf(`/api/report?period=${PERIOD}`);
    assert.match(stale.body.stale ?? '', /Refresh it/);
    const { body } = await draftOf(`/api/report/refresh?period=${PERIOD}`, persona.partnerships, {
      method: 'POST',
    });
    const added = cinCp(body)
      .columns.worries!.flatMap((t) => t.points)
      .find((p) => /office move/.test(p.text));
    assert.equal(added?.isNew, true);
    assert.ok(
      cinCp(body).columns.worries!.some((t) => t.title === 'Team capacity'),
      'the rename survived',
    );
  });

  it('answers an edit it cannot read with 400, saying what is wrong', async () => {
    const bad = await edit({ kind: 'reword-point', heading: CIN_CP, pointId: 'x', text: 42 });
    assert.equal(bad.status, 400);
    assert.match(bad.body.error!, /^This reword-point edit has no valid text\./);
  });

  it('downloads the paper as Word and the visits as CSV', async () => {
    const docx = await api(`/api/report/committee-paper.docx?period=${PERIOD}`, persona.partnerships);
    assert.equal(docx.status, 200);
    assert.match(docx.headers.get('content-type')!, /wordprocessingml/);
    assert.match(docx.headers.get('content-disposition')!, /Committee report .*\.docx/);
    const xml = await (
      await JSZip.loadAsync(await docx.arrayBuffer())
    )
      .file('word/document.xml')!
      .async('string');
    assert.match(xml, /Team capacity/);
    assert.match(xml, /Good multi-agency working with the police/);
    // Through the app's wiring to the actions use case: these visits name no next steps, so no actions.
    assert.match(xml, /Actions from visits<\/w:t>/);
    assert.match(xml, /Appendix: Actions from Visits, [^<]+<\/w:t>[\s\S]*?None recorded\./);
    const csv = await api(`/api/report/visits.csv?period=${PERIOD}`, persona.partnerships);
    const text = Buffer.from(await csv.arrayBuffer()).toString('utf8');
    assert.ok(text.startsWith('\uFEFFService,Visit date,Councillors,Area,Lens,Text,Response status\r\n'));
    assert.match(text, /Caseloads are high\.\nLaptops are heavy and slow/);
  });

  it('holds the paper back while it names a phone number, until the officer confirms', async () => {
    const set = await edit({
      kind: 'set-section',
      section: 'executiveSummary',
      text: 'Call 07700 900123 for details.',
    });
    assert.equal(set.status, 200, set.body.error);
    const held = await api(`/api/report/committee-paper.docx?period=${PERIOD}`, persona.partnerships);
    assert.equal(held.status, 409);
    const body = (await held.json()) as { error: string; hits: { kind: string; where: string }[] };
    assert.deepEqual(
      body.hits.map((h) => [h.kind, h.where]),
      [['a UK phone number', '2. Executive Summary']],
    );
    const confirmed = await api(
      `/api/report/committee-paper.docx?period=${PERIOD}&confirm=yes`,
      persona.partnerships,
    );
    assert.equal(confirmed.status, 200);
  });

  it('reports a period with no visits as such, not as an error', async () => {
    const { status, body } = await draftOf(`/api/report?period=${EMPTY}`);
    assert.equal(status, 200);
    assert.ok(body.services.every((s) => s.visitsSentence === 'no visits have taken place.'));
  });

  it('gives the partnerships team the figures in the channel, and nobody else', async () => {
    connector.clear();
    assert.equal(
      await bot.post(messageActivity(connector.url, persona.partnerships, `report ${PERIOD}`, channel)),
      200,
    );
    const card = cardText(cardOf(connector.replies().at(-1)));
    assert.match(card, /Committee report: /);
    assert.match(card, /Child in Need \/ Child Protection \\\(CIN\/CP\\\)\n2 visits \(2 awaiting feedback\)/);
    connector.clear();
    assert.equal(await bot.post(messageActivity(connector.url, persona.councillor, 'report', channel)), 200);
    assert.match(String(connector.replies().at(-1)?.text), /\*\*report\*\* is for the partnerships team/);
  });
});
