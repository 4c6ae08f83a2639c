import assert from 'node:assert/strict';
import { ConcurrencyConflict } from '../../src/kernel/errors';
import type { ReportVisit, ServiceDraft } from '../../src/report/types';
import { createReportDraftRepository } from '../../src/storage/report-draft-repository';
import { createReportVisitRepository } from '../../src/storage/report-visit-repository';
import { openTables, type Tables } from '../../src/storage/tables';
import { startTestAzurite, uniquePrefix } from '../support/azurite';

const visit = (
  visitId: string,
  date: string,
  version: number,
  text = 'Caseloads are high.',
): ReportVisit => ({
  visitId,
  serviceId: 'checs',
  serviceName: 'ChECS',
  date,
  councillorNames: ['Cllr Alex Morgan'],
  formKey: 'signs-of-safety@2',
  submittedAt: `${date}T12:00:00Z`,
  answers: { 'support.worries': text },
  responderNames: ['Ruth Ellison'],
  responses: [],
  complete: false,
  version,
});

/** A heading's draft of about `kb` kilobytes of point text. */
const heading = (n: number, kb: number): ServiceDraft => ({
  heading: `Service ${n} / team`,
  columns: {
    'working-well': [],
    worries: [
      {
        id: 'worries:capacity',
        title: 'Team capacity',
        points: Array.from({ length: kb }, (_, i) => ({
          id: `p${n}-${i}`,
          text: 'x'.repeat(1000),
          visitId: 'v',
        })),
      },
    ],
    'next-steps': [],
  },
  dropped: [],
  etag: '',
});

describe('the report tables (real Azurite)', function () {
  this.timeout(60_000);
  let azurite: Awaited<ReturnType<typeof startTestAzurite>>;
  let tables: Tables;

  before(async () => {
    azurite = await startTestAzurite();
    tables = await openTables(azurite.connectionString, uniquePrefix());
  });
  after(async () => azurite?.stop());

  it('keeps the newest copy of a visit, and reads a period by its months only', async () => {
    const index = createReportVisitRepository(tables.ReportVisits);
    await index.put(visit('a', '2025-08-12', 3, 'Amended text'));
    await index.put(visit('a', '2025-08-12', 2, 'Older text'));
    await index.put(visit('b', '2025-03-31', 1));
    await index.put(visit('c', '2025-04-01', 1));
    await index.put(visit('d', '2026-04-01', 1));
    const year = await index.between('2025-04-01', '2026-03-31');
    assert.deepEqual(
      year.map((v) => [v.visitId, v.answers['support.worries']]),
      [
        ['c', 'Caseloads are high.'],
        ['a', 'Amended text'],
      ],
    );
    assert.equal(await index.isBuilt(), false);
    await index.markBuilt();
    assert.equal(await index.isBuilt(), true);
  });

  it('stores a draft too large for one transaction (over 4 MiB) and reads it back whole', async () => {
    const drafts = createReportDraftRepository(tables.ReportDrafts);
    const services = Array.from({ length: 50 }, (_, n) => heading(n, 100)); // about 5 MB of text
    const at = '2026-11-25T10:00:00.000Z';
    await drafts.save(
      'big',
      { sections: { text: {}, etag: '' }, services, refreshed: { version: 'v1', etag: '' } },
      [{ at, by: 'sam', byName: 'Sam Okafor', what: 'started the draft from 150 visits' }],
    );
    const loaded = await drafts.load('big');
    assert.equal(loaded?.services.length, 50);
    assert.equal(
      loaded?.services.reduce((sum, s) => sum + s.columns.worries[0]!.points.length, 0),
      5000,
    );
    assert.equal(loaded?.refreshedVersion, 'v1');
    // A creation cut short is written again over what it left (the new draft is not visible until it is whole).
    await drafts.save('half', { services: services.slice(0, 2) }, []);
    assert.equal(await drafts.load('half'), undefined);
    await drafts.save(
      'half',
      {
        sections: { text: {}, etag: '' },
        services: services.slice(0, 3),
        refreshed: { version: 'v1', etag: '' },
      },
      [],
    );
    assert.equal((await drafts.load('half'))?.services.length, 3);
  });

  it('refuses a write over a row changed since it was read, and lists changes newest first', async () => {
    const drafts = createReportDraftRepository(tables.ReportDrafts);
    const one = heading(1, 1);
    await drafts.save(
      'p',
      { sections: { text: {}, etag: '' }, services: [one], refreshed: { version: 'v1', etag: '' } },
      [{ at: '2026-11-25T10:00:00.000Z', by: 'sam', byName: 'Sam Okafor', what: 'started the draft' }],
    );
    const read = (await drafts.load('p'))!;
    const mine = { ...read.services[0]!, dropped: [] };
    await drafts.save('p', { services: [mine] }, [
      { at: '2026-11-25T10:05:00.000Z', by: 'sam', byName: 'Sam Okafor', what: 'renamed a theme' },
    ]);
    await assert.rejects(
      drafts.save('p', { services: [mine] }, [
        { at: '2026-11-25T10:06:00.000Z', by: 'jo', byName: 'Jo Ellis', what: 'dropped a point' },
      ]),
      ConcurrencyConflict,
    );
    assert.deepEqual(
      (await drafts.changes('p', 5)).map((c) => c.what),
      ['renamed a theme', 'started the draft'],
      'the refused change left no log entry',
    );
  });
});
