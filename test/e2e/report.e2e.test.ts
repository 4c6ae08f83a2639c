import assert from 'node:assert/strict';
import { seedDemo } from '../../src/cli/demo/seed-demo';
import { lastMunicipalYear } from '../../src/report/period';
import { createStores } from '../../src/storage/stores';
import { openTables } from '../../src/storage/tables';
import { persona } from '../support/activities';
import { TEST_START, testClock } from '../support/clock';
import { partnershipsChannel, playgroundUser, screenshot, usePlaygroundRig } from '../support/playground';

describe('the partnerships officer asks for the committee report in the Agents Playground (Chromium)', function () {
  const rig = usePlaygroundRig(this);
  const year = lastMunicipalYear(TEST_START);

  it('report <year> in the partnerships channel shows the year’s figures per heading; a councillor is told it is not his', async () => {
    // The demo year (12 visits to the example directory's five services) goes into the rig's own storage. It adds
    // its own people; the example directory's Sam Okafor keeps his id, and so his partnerships role.
    const stores = createStores(await openTables(rig().connectionString, rig().tablePrefix));
    const demo = await seedDemo(stores, testClock(TEST_START));
    assert.equal(demo.year.period.key, year.key);
    assert.equal((await stores.people.get(persona.partnerships.aadObjectId))?.role, 'partnerships');

    const alex = playgroundUser(rig().page);
    await alex.cardWith('Welcome, Cllr Alex Morgan');
    await alex.say('report');
    await rig()
      .page.getByText('report is for the partnerships team. Type help to see what you can do.')
      .first()
      .waitFor({ timeout: 15_000 });

    const { page: samPage, officer: sam } = await partnershipsChannel(rig(), persona.partnerships);

    await sam.say(`report ${year.key}`, { mention: true });
    const card = await sam.cardWith(`Committee report: ${year.label}`);
    const text = (await card.innerText()).replace(/\n+/g, '\n').trim();
    assert.match(text, /12 visits, 1 awaiting feedback, \d+ points drafted into themes\./);
    const figures: [heading: string, visits: string][] = [
      ['Cheshire East Consultation Service (ChECS)', '2 visits'],
      ['Child in Need / Child Protection (CIN/CP)', '5 visits'],
      ['Children with Disabilities Social Work Team', '2 visits'],
      ['Children with Disabilities Short Breaks Team', '3 visits (1 awaiting feedback)'],
    ];
    for (const [heading, visits] of figures) {
      assert.ok(text.includes(`${heading}\n${visits} · `), `${heading}: ${visits}, in:\n${text}`);
    }
    assert.doesNotMatch(text, /\\/, 'no markdown escapes show');
    assert.ok(
      text.endsWith(
        `Type report ${year.key} to me in a personal chat for the Word paper ` +
          '(open Frontline Visits from the Teams app bar).',
      ),
      `the hint, in:\n${text}`,
    );
    await card.scrollIntoViewIfNeeded();
    await screenshot(samPage, 'report-summary');
  });
});
