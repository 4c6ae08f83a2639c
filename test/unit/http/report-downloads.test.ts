import assert from 'node:assert/strict';
import type restify from 'restify';
import type { ApiRoute, Reply } from '../../../src/http/api-route';
import { createDownloadTickets } from '../../../src/http/download-tickets';
import { downloadRoutes } from '../../../src/http/report-downloads';
import type { Person } from '../../../src/directory/types';
import type { ReportExport, Reports } from '../../../src/report/reports';
import type { SensitiveHit } from '../../../src/report/sensitive-hits';
import { PAPER_FIXTURE } from '../../support/paper-fixture';

const sam: Person = { aadObjectId: 'sam', name: 'Sam', email: 'sam@council.example', role: 'partnerships' };
const PHONE: SensitiveHit = { where: '2. Executive Summary', kind: 'a UK phone number', sample: '077…23' };
const PAPER_HELD =
  'The paper may hold personal details (listed below). Fix them in the draft, or choose Download anyway.';

/** The routes over a stand-in report whose file holds `hits`, counting checks and exports. */
function setUp(hits: SensitiveHit[]) {
  const calls = { checks: [] as string[], exports: [] as boolean[] };
  const reports: Pick<Reports, 'check' | 'export'> = {
    async check(_period, _user, format) {
      calls.checks.push(format);
      return hits;
    },
    async export(_period, _user, _format, confirmed) {
      const released = hits.length === 0 || confirmed;
      if (released) calls.exports.push(confirmed);
      return { paper: PAPER_FIXTURE, csv: [], hits, added: 0, released } satisfies ReportExport;
    },
  };
  const clock = { now: () => new Date('2026-11-25T10:00:00Z') };
  const routes = downloadRoutes({
    reports,
    directory: { person: async (oid) => (oid === sam.aadObjectId ? sam : undefined) },
    tickets: createDownloadTickets(Buffer.alloc(32, 1), clock),
    clock,
  });
  const route = (method: string, path: string): ApiRoute & { allowed: object } =>
    routes.find((r) => r.method === method && r.path === path) as ApiRoute & { allowed: object };
  const link = (body: object): Promise<Reply> =>
    route('post', '/api/report/download-link').handle({ body } as restify.Request, sam);
  /** Follows a URL as a plain link does: named by its ticket, not a sign-in. */
  const follow = async (url: string): Promise<Reply> => {
    const get = route('get', url.split('?')[0]!);
    const req = { url } as restify.Request;
    const caller = await get.identify!(req);
    assert.ok(caller?.ok, `the ticket names Sam: ${JSON.stringify(caller)}`);
    return get.handle(req, caller.person);
  };
  return {
    calls,
    link,
    follow,
    route,
    setHits: (next: SensitiveHit[]) => hits.splice(0, hits.length, ...next),
  };
}

const urlOf = (reply: Reply): string => {
  assert.ok('status' in reply && reply.status === 200, JSON.stringify(reply));
  return (reply.body as { url: string }).url;
};

describe('download links for the committee paper and the visits CSV', () => {
  it('checks a clean file, then gives a link that downloads it: made and recorded once', async () => {
    const { calls, link, follow } = setUp([]);
    const url = urlOf(await link({ format: 'docx', period: '2025-26' }));
    assert.match(url, /^\/api\/report\/committee-paper\.docx\?period=2025-26&ticket=/);
    assert.deepEqual(calls, { checks: ['docx'], exports: [] });
    const file = await follow(url);
    assert.ok('file' in file);
    assert.equal(file.filename, 'Committee report 2025-26.docx');
    assert.deepEqual(calls, { checks: ['docx'], exports: [false] });
  });

  it('answers 409 with the hits and no link while the check finds something, in words for the tab', async () => {
    const { calls, link } = setUp([PHONE]);
    assert.deepEqual(await link({ format: 'docx', period: '2025-26' }), {
      status: 409,
      body: { error: PAPER_HELD, hits: [PHONE] },
    });
    const csv = await link({ format: 'csv', period: '2025-26' });
    assert.match(
      (csv as { body: { error: string } }).body.error,
      /^The answers may hold personal details \(listed below\)\. Ask the councillors to amend them, or choose Download anyway\.$/,
    );
    assert.deepEqual(calls, { checks: ['docx', 'csv'], exports: [] });
  });

  it('gives a confirmed link without checking again, and that link exports with the confirmation', async () => {
    const { calls, link, follow, route } = setUp([PHONE]);
    const url = urlOf(await link({ format: 'docx', period: '2025-26', confirm: true }));
    assert.match(url, /[?&]confirm=yes&ticket=/);
    const file = await follow(url);
    assert.ok('file' in file);
    assert.deepEqual(calls, { checks: [], exports: [true] });
    const unconfirmed = { url: url.replace('confirm=yes&', '') } as restify.Request;
    assert.equal((await route('get', '/api/report/committee-paper.docx').identify!(unconfirmed))?.ok, false);
  });

  it('still holds the file back when the draft gained a hit after the link was given', async () => {
    const { calls, link, follow, setHits } = setUp([]);
    const url = urlOf(await link({ format: 'docx', period: '2025-26' }));
    setHits([PHONE]);
    assert.deepEqual(await follow(url), { status: 409, body: { error: PAPER_HELD, hits: [PHONE] } });
    assert.deepEqual(calls.exports, []);
  });

  it('tells an API caller without a link to download with confirm=yes', async () => {
    const { route } = setUp([PHONE]);
    const held = await route('get', '/api/report/visits.csv').handle(
      { url: '/api/report/visits.csv?period=2025-26' } as restify.Request,
      sam,
    );
    assert.deepEqual(held, {
      status: 409,
      body: {
        error:
          'The answers may hold personal details. Ask the councillors to amend them, or download with confirm=yes.',
        hits: [PHONE],
      },
    });
  });
});
