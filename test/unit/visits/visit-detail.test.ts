import assert from 'node:assert/strict';
import type { Person, Role, Service } from '../../../src/directory/types';
import { loadForms } from '../../../src/visits/forms';
import type { Answer, Visit, VisitRecord } from '../../../src/visits/types';
import { visitDetail } from '../../../src/visits/visit-detail';

const forms = loadForms();
const person = (aadObjectId: string, role: Role): Person => ({
  aadObjectId,
  name: aadObjectId,
  email: '',
  role,
});
const answer = (stepId: string, text: string): Answer => ({
  stepId,
  text,
  revision: 1,
  updatedBy: 'alex',
  updatedByName: 'Alex',
  updatedAt: '2026-11-20T12:00:00Z',
  etag: '',
});
const visit = (status: Visit['status'], formKey = 'signs-of-safety@2'): Visit => ({
  id: 'v1',
  serviceId: 'crewe',
  serviceName: 'Crewe',
  date: '2026-11-20',
  councillorIds: ['alex'],
  councillorNames: ['Alex'],
  formKey,
  status,
  createdBy: 'alex',
  createdAt: '2026-11-20T12:00:00Z',
  etag: '',
});
const record = (v: Visit): VisitRecord => ({
  visit: v,
  answers: new Map([
    ['staff', answer('staff', 'Four social workers')],
    ['support.worries', answer('support.worries', 'Laptops are slow')],
    ['outcomes.worries', answer('outcomes.worries', '  ')],
  ]),
});
const deps = (found: VisitRecord | undefined) => ({
  visits: { load: async () => found },
  forms,
  directory: {
    servicesRespondedBy: async (id: string): Promise<Service[]> =>
      id === 'dana' ? [{ id: 'crewe', name: 'Crewe', cadenceMonths: 5, responderIds: ['dana'] }] : [],
  },
});

describe('one visit in full, for those who may read it', () => {
  const cases: [string, Person, Visit['status'], 'found' | 'refused' | 'not-found'][] = [
    ['the partnerships team, any visit', person('sam', 'partnerships'), 'draft', 'found'],
    ['a councillor named on it', person('alex', 'councillor'), 'draft', 'found'],
    ['another councillor', person('priya', 'councillor'), 'submitted', 'refused'],
    ['a responder for its service, once it is submitted', person('dana', 'responder'), 'submitted', 'found'],
    ['a responder for its service, not the draft', person('dana', 'responder'), 'draft', 'refused'],
    ['a responder for another service', person('ruth', 'responder'), 'submitted', 'refused'],
  ];
  for (const [who, reader, status, kind] of cases) {
    it(`${kind === 'found' ? 'shows it to' : 'refuses'} ${who}`, async () => {
      assert.equal((await visitDetail(deps(record(visit(status))), reader, 'v1')).kind, kind);
    });
  }

  it('says "not found" to the partnerships team only: anyone else is refused whether or not it exists', async () => {
    assert.equal((await visitDetail(deps(undefined), person('sam', 'partnerships'), 'v1')).kind, 'not-found');
    assert.equal((await visitDetail(deps(undefined), person('alex', 'councillor'), 'v1')).kind, 'refused');
  });

  it("groups the answers by the form's sections, each labelled by its lens; blank answers are left out", async () => {
    const detail = await visitDetail(deps(record(visit('draft'))), person('alex', 'councillor'), 'v1');
    assert.ok(detail.kind === 'found');
    assert.deepEqual(
      detail.sections.map((s) => [s.title, s.answers.map((a) => `${a.label}: ${a.text}`)]),
      [
        ['Staff involved', ['Staff involved: Four social workers']],
        ['Outcomes for children', []],
        ['Support for teams', ['What are we worried about / barriers?: Laptops are slow']],
        ['Any other areas', []],
        ['How has COVID-19 impacted on your work?', []],
        ['Comments', []],
      ],
    );
    assert.deepEqual([detail.progress.answered, detail.progress.steps], [2, 12]);
  });

  it('puts every answer under one heading when this build does not know the form', async () => {
    const detail = await visitDetail(
      deps(record(visit('draft', 'retired@9'))),
      person('sam', 'partnerships'),
      'v1',
    );
    assert.ok(detail.kind === 'found');
    assert.deepEqual(detail.sections, [
      {
        title: 'Answers',
        answers: [
          { stepId: 'staff', label: 'staff', text: 'Four social workers' },
          { stepId: 'support.worries', label: 'support.worries', text: 'Laptops are slow' },
        ],
      },
    ]);
  });
});
