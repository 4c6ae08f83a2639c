import { seedDirectory } from '../../directory/seed-directory';
import type { Clock } from '../../kernel/clock';
import { londonDay } from '../../kernel/london';
import { rebuildReportIndex } from '../../report/report-index';
import type { Stores } from '../../storage/stores';
import { loadForms, type FormCatalogue } from '../../visits/forms';
import type { VisitRepository } from '../../visits/store';
import { demoYear, type DemoVisit, type DemoYear } from './demo-year';

/** The repositories the demo is written through. */
export type DemoStores = Pick<
  Stores,
  'people' | 'services' | 'visits' | 'councillorVisits' | 'bookings' | 'reportVisits'
>;

/** The year that was (or already had been) loaded; `written` is false when it was all there already. */
export interface DemoLoad {
  readonly year: DemoYear;
  readonly written: boolean;
}

/**
 * Loads the invented last municipal year before the clock's day through the repositories, as the bot would have
 * written it: directory, bookings, visits with every answer, submitted, with their responses; then the report
 * index. Ids are fixed, so a second run writes nothing, and a run stopped half-way is finished by the next.
 */
export async function seedDemo(
  stores: DemoStores,
  clock: Clock,
  forms: FormCatalogue = loadForms(),
): Promise<DemoLoad> {
  const year = demoYear(londonDay(clock.now()));
  checkAnswers(year, forms);
  if (await isLoaded(stores.visits, year)) return { year, written: false };
  await seedDirectory(year.directory, stores);
  for (const booking of year.bookings) {
    if (!(await stores.bookings.get(booking.id))) await stores.bookings.create(booking);
  }
  for (const demo of year.visits) {
    await stores.councillorVisits.add(demo.visit.councillorIds, {
      visitId: demo.visit.id,
      date: demo.visit.date,
    });
    await writeVisit(stores.visits, demo);
  }
  const indexDeps = { visits: stores.visits, reportVisits: stores.reportVisits, forms };
  await rebuildReportIndex(indexDeps);
  return { year, written: true };
}

/** The line the CLI prints after loading. */
export function demoSummary(year: DemoYear, storage: string): string {
  const awaiting = year.visits.filter((v) => v.responses.length < v.request.responderIds.length).length;
  return (
    `Loaded the demo year ${year.period.label}: ${year.directory.services.length} services, ` +
    `${year.visits.length} visits (${awaiting} awaiting feedback), ${year.directory.people.length} people, ` +
    `${year.bookings.length} bookings into ${storage}. ` +
    `Next: npm run report -- --period ${year.period.key} --out report`
  );
}

/** Every visit is there, submitted, with every response it should have. */
async function isLoaded(visits: VisitRepository, year: DemoYear): Promise<boolean> {
  for (const demo of year.visits) {
    const record = await visits.load(demo.visit.id);
    if (record?.visit.status !== 'submitted') return false;
    if ((record.responses?.size ?? 0) < demo.responses.length) return false;
  }
  return true;
}

/** Each step is written only if it is not there yet, so a half-written visit is finished, never duplicated. */
async function writeVisit(visits: VisitRepository, demo: DemoVisit): Promise<void> {
  const id = demo.visit.id;
  const load = async () => {
    const record = await visits.load(id);
    if (!record) throw new Error(`Demo visit ${id} cannot be read back`);
    return record;
  };
  let record = await visits.load(id);
  if (!record) {
    await visits.create(demo.visit);
    record = await load();
  }
  for (const answer of demo.answers) {
    if (!record.answers.has(answer.stepId)) await visits.saveAnswer(id, answer, undefined);
  }
  if (record.visit.status === 'draft') await visits.submit(record.visit, demo.submitted, demo.request, []);
  for (const response of demo.responses) {
    const { request, responses } = await load();
    if (!request || responses?.has(response.responderId)) continue;
    const complete = request.responderIds.every((rid) => rid === response.responderId || responses?.has(rid));
    const changes = { revision: request.revision + 1, ...(complete ? { completedAt: response.at } : {}) };
    await visits.respond(id, response, undefined, request, changes, []);
  }
}

/** Every demo visit answers every step of its form, and nothing else: a changed form shows up here. */
function checkAnswers(year: DemoYear, forms: FormCatalogue): void {
  for (const { visit, answers } of year.visits) {
    const steps = forms.get(visit.formKey)?.steps.map((s) => s.id);
    if (!steps) throw new Error(`The demo's form ${visit.formKey} is not installed`);
    const answered = answers.map((a) => a.stepId);
    if (steps.join() !== answered.join())
      throw new Error(`Demo visit ${visit.id} answers ${answered.join()}, not the form's ${steps.join()}`);
  }
}
