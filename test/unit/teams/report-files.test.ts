import assert from 'node:assert/strict';
import { escapeMarkdown } from '../../../src/cards/escape';
import type { Person } from '../../../src/directory/types';
import { writeCommitteePaper } from '../../../src/documents/committee-paper-docx';
import { createLogger } from '../../../src/kernel/log';
import { municipalYear } from '../../../src/report/period';
import type { ReportExport } from '../../../src/report/reports';
import type { SensitiveHit } from '../../../src/report/sensitive-hits';
import type { Period } from '../../../src/report/types';
import {
  answerConsent,
  isOneDriveUrl,
  offerPaper,
  type ReportFileDeps,
} from '../../../src/teams/report-files';
import { PAPER_FIXTURE } from '../../support/paper-fixture';
import { RecordingTurn } from '../../support/recording-turn';

const CONSENT = 'application/vnd.microsoft.teams.card.file.consent';
const FILE_INFO = 'application/vnd.microsoft.teams.card.file.info';

const SAM: Person = {
  aadObjectId: '00000000-0000-4000-8000-000000000301',
  name: 'Sam Okafor',
  email: 'sam.okafor@council.example',
  role: 'partnerships',
  title: 'Partnerships Officer',
};
const ALEX: Person = {
  aadObjectId: '00000000-0000-4000-8000-000000000101',
  name: 'Cllr Alex Morgan',
  email: 'alex.morgan@council.example',
  role: 'councillor',
};

const PERIOD: Period = municipalYear(2025);
const UPLOAD_URL =
  'https://contoso-my.sharepoint.com/personal/sam_okafor/_api/v2.0/drive/items/01ABC/uploadSession?guid=5f2e&tempauth=eyJ0eXAiOiJKV1Qi.SECRET';
const CONTENT_URL =
  'https://contoso-my.sharepoint.com/personal/sam_okafor/Documents/Applications/Frontline%20Visits/Committee%20report%202025-26.docx';
const UNIQUE_ID = '1150D938-8870-4044-9F2C-5BBDEBA70C8C';

const accepted = (uploadInfo: Record<string, unknown> = {}) => ({
  action: 'accept',
  context: { periodKey: '2025-26' },
  uploadInfo: {
    name: 'Committee report 2025-26.docx',
    uploadUrl: UPLOAD_URL,
    contentUrl: CONTENT_URL,
    uniqueId: UNIQUE_ID,
    fileType: 'docx',
    ...uploadInfo,
  },
});

const EMAIL_HIT: SensitiveHit = {
  where: '7. Northfield Consultation Service (NCS) – What are we worried about? – Team capacity',
  kind: 'an email address',
  sample: 'jo.…uk',
};
const PHONE_HIT: SensitiveHit = {
  where: '2. Executive Summary',
  kind: 'a UK phone number',
  sample: '030…12',
};

/** The fakes: `reports.export` answers the fixture paper, `upload` records, the log is captured. */
function fakes(options: { hits?: SensitiveHit[]; released?: boolean; uploadFails?: Error } = {}) {
  const exports: { period: Period; user: Person; format: string; confirmed: boolean; recorded: boolean }[] =
    [];
  const uploads: { url: string; body: Buffer }[] = [];
  const log: { level: string; line: string }[] = [];
  const hits = options.hits ?? [];
  const deps: ReportFileDeps = {
    reports: {
      async export(period, user, format, confirmed, record = { record: true }): Promise<ReportExport> {
        exports.push({ period, user, format, confirmed, recorded: record.record });
        return {
          paper: PAPER_FIXTURE,
          csv: [],
          hits,
          added: 0,
          released: options.released ?? (hits.length === 0 || confirmed),
        };
      },
    },
    async upload(url, body) {
      uploads.push({ url, body });
      if (options.uploadFails) throw options.uploadFails;
    },
    log: createLogger(
      (level, line) => log.push({ level, line }),
      () => new Date('2026-04-20T09:00:00Z'),
    ),
  };
  return { deps, exports, uploads, log };
}

describe('the committee paper as a file in Teams', () => {
  let docxLength: number;
  before(async () => {
    docxLength = (await writeCommitteePaper(PAPER_FIXTURE)).length;
  });

  describe('offerPaper', () => {
    it('sends one file consent card naming the period, its size the real .docx’s', async () => {
      const turn = new RecordingTurn(SAM);
      const { deps, exports, uploads } = fakes();
      await offerPaper(turn, deps, PERIOD);
      // Only offered: the change log records the download when it is accepted, not the offer.
      assert.deepEqual(exports, [
        { period: PERIOD, user: SAM, format: 'docx', confirmed: false, recorded: false },
      ]);
      assert.equal(turn.sent.length, 1);
      const [attachment] = turn.attachments;
      assert.ok(attachment);
      assert.equal(attachment.contentType, CONSENT);
      assert.equal(attachment.name, 'Committee report 2025-26.docx');
      assert.deepEqual(attachment.content, {
        description: 'The committee paper for 1 April 2025 to 31 March 2026, drafted from the visits.',
        sizeInBytes: docxLength,
        acceptContext: { periodKey: '2025-26' },
        declineContext: { periodKey: '2025-26' },
      });
      assert.ok(docxLength > 5000);
      assert.deepEqual(uploads, []);
    });

    it('names a custom period by its key', async () => {
      const turn = new RecordingTurn(SAM);
      const period: Period = {
        key: '2025-05-01..2025-12-31',
        from: '2025-05-01',
        to: '2025-12-31',
        label: '1 May 2025 to 31 December 2025',
      };
      await offerPaper(turn, fakes().deps, period);
      assert.equal(turn.attachments[0]?.name, 'Committee report 2025-05-01..2025-12-31.docx');
    });

    it('when the check finds personal details: lists them, offers no file', async () => {
      const turn = new RecordingTurn(SAM);
      const { deps, uploads } = fakes({ hits: [PHONE_HIT, EMAIL_HIT] });
      await offerPaper(turn, deps, PERIOD);
      assert.deepEqual(turn.attachments, []);
      assert.equal(turn.sent.length, 1);
      const [text] = turn.texts;
      assert.ok(text);
      assert.match(text, /^The paper may hold personal details, so I have not offered it as a file\./);
      assert.match(text, /type \*\*report 2025-26\*\* again/);
      // Where a hit is holds headings and theme titles: escaped, so Teams shows them as typed.
      assert.ok(text.includes(`- a UK phone number (030…12) in 2\\. Executive Summary`), text);
      assert.ok(text.includes(`- an email address (jo.…uk) in ${escapeMarkdown(EMAIL_HIT.where)}`), text);
      assert.deepEqual(uploads, []);
    });

    it('lists at most ten hits', async () => {
      const turn = new RecordingTurn(SAM);
      const hits = Array.from({ length: 14 }, (_, i) => ({ ...PHONE_HIT, where: `hit ${i + 1}` }));
      await offerPaper(turn, fakes({ hits }).deps, PERIOD);
      const listed = turn.texts[0]!.split('\n').filter((line) => line.startsWith('- '));
      assert.equal(listed.length, 10);
      assert.ok(listed[9]!.endsWith('in hit 10'));
    });
  });

  describe('answerConsent', () => {
    it('on Allow: uploads the .docx once to the upload URL, removes the consent card, posts the file card', async () => {
      const turn = new RecordingTurn(SAM);
      const { deps, uploads, exports, log } = fakes();
      await answerConsent(turn, deps, accepted(), 'consent-card-1');
      assert.equal(uploads.length, 1);
      assert.equal(uploads[0]!.url, UPLOAD_URL);
      assert.equal(uploads[0]!.body.subarray(0, 2).toString('latin1'), 'PK');
      assert.equal(uploads[0]!.body.length, docxLength);
      assert.deepEqual(exports, [
        { period: PERIOD, user: SAM, format: 'docx', confirmed: false, recorded: true },
      ]);
      assert.deepEqual(turn.sent, [
        { kind: 'delete', activityId: 'consent-card-1' },
        {
          kind: 'attachment',
          attachment: {
            contentType: FILE_INFO,
            name: 'Committee report 2025-26.docx',
            contentUrl: CONTENT_URL,
            content: { uniqueId: UNIQUE_ID, fileType: 'docx' },
          },
        },
      ]);
      assert.deepEqual(log, []);
    });

    it('on Allow without a file name or type from Teams: names the file by the period, as a docx', async () => {
      const turn = new RecordingTurn(SAM);
      await answerConsent(turn, fakes().deps, accepted({ name: undefined, fileType: undefined }), 'card');
      assert.deepEqual(turn.attachments, [
        {
          contentType: FILE_INFO,
          name: 'Committee report 2025-26.docx',
          contentUrl: CONTENT_URL,
          content: { uniqueId: UNIQUE_ID, fileType: 'docx' },
        },
      ]);
    });

    it('on Decline: uploads nothing, removes the consent card, says no file was saved', async () => {
      const turn = new RecordingTurn(SAM);
      const { deps, uploads, exports } = fakes();
      await answerConsent(
        turn,
        deps,
        { action: 'decline', context: { periodKey: '2025-26' } },
        'consent-card-1',
      );
      assert.deepEqual(uploads, []);
      assert.deepEqual(exports, []);
      assert.deepEqual(turn.sent, [
        { kind: 'delete', activityId: 'consent-card-1' },
        {
          kind: 'text',
          text: 'No file was saved. Type **report 2025-26** whenever you want the paper.',
        },
      ]);
    });

    it('refuses a councillor, or someone not in the directory: nothing exported or uploaded', async () => {
      for (const user of [ALEX, undefined]) {
        const turn = new RecordingTurn(user);
        const { deps, uploads, exports } = fakes();
        await answerConsent(turn, deps, accepted(), 'consent-card-1');
        assert.deepEqual(uploads, []);
        assert.deepEqual(exports, []);
        assert.deepEqual(turn.sent, [
          { kind: 'text', text: 'Only the partnerships team can download the committee report.' },
        ]);
      }
    });

    it('when the upload fails: says so, posts no file card, logs without the upload URL', async () => {
      const turn = new RecordingTurn(SAM);
      const { deps, uploads, log } = fakes({ uploadFails: new Error('upload answered 403\nat PUT') });
      await answerConsent(turn, deps, accepted(), 'consent-card-1');
      assert.equal(uploads.length, 1);
      assert.deepEqual(turn.sent, [
        {
          kind: 'text',
          text: 'Saving the file to your OneDrive failed; nothing was lost. Type **report** to try again.',
        },
      ]);
      assert.equal(log.length, 1);
      assert.equal(log[0]!.level, 'warn');
      assert.match(log[0]!.line, /Committee paper upload failed .*upload answered 403/);
      assert.ok(!log[0]!.line.includes('sharepoint.com'), log[0]!.line);
      assert.ok(!log[0]!.line.includes('tempauth'), log[0]!.line);
      assert.ok(!log[0]!.line.includes('at PUT'), 'only the first line of the error');
    });

    it('without an upload URL or content URL from Teams: says nothing was saved, uploads nothing', async () => {
      for (const missing of [{ uploadUrl: undefined }, { contentUrl: undefined }]) {
        const turn = new RecordingTurn(SAM);
        const { deps, uploads } = fakes();
        await answerConsent(turn, deps, accepted(missing), 'consent-card-1');
        assert.deepEqual(uploads, []);
        assert.deepEqual(turn.texts, [
          'Teams did not say where to save the file; nothing was saved. Type **report** again.',
        ]);
        assert.deepEqual(turn.attachments, []);
      }
    });

    it('when the draft gained personal details since the offer: uploads nothing', async () => {
      const turn = new RecordingTurn(SAM);
      const { deps, uploads } = fakes({ hits: [EMAIL_HIT] });
      await answerConsent(turn, deps, accepted(), 'consent-card-1');
      assert.deepEqual(uploads, []);
      assert.deepEqual(turn.texts, [
        'The draft changed and now may hold personal details: type **report 2025-26** again.',
      ]);
      assert.deepEqual(turn.attachments, []);
    });

    it('an answer without a readable period: the offer is no longer valid', async () => {
      for (const context of [undefined, { periodKey: 'not a period' }, { periodKey: 42 }]) {
        const turn = new RecordingTurn(SAM);
        const { deps, uploads } = fakes();
        await answerConsent(turn, deps, { ...accepted(), context }, 'consent-card-1');
        assert.deepEqual(uploads, []);
        assert.deepEqual(turn.texts, ['That download offer is no longer valid: type **report** again.']);
      }
      const turn = new RecordingTurn(SAM);
      await answerConsent(turn, fakes().deps, undefined, undefined);
      assert.deepEqual(turn.texts, ['That download offer is no longer valid: type **report** again.']);
    });
  });

  it('uploads only to OneDrive for Business over HTTPS', () => {
    assert.equal(isOneDriveUrl('https://contoso-my.sharepoint.com/personal/sam/Documents/report.docx'), true);
    assert.equal(isOneDriveUrl('http://contoso-my.sharepoint.com/personal/sam/report.docx'), false);
    assert.equal(isOneDriveUrl('https://sharepoint.com.evil.example/upload'), false);
    assert.equal(isOneDriveUrl('https://127.0.0.1:3978/api/messages'), false);
    assert.equal(isOneDriveUrl('not a url'), false);
  });
});
