import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { TableClient } from '@azure/data-tables';
import { startAzurite, type RunningAzurite } from '../../src/storage/azurite';
import { persona } from '../support/activities';
import { uniquePrefix } from '../support/azurite';
import { actionsOf, inputValue, personAt } from '../support/card-driver';
import { cardText } from '../support/cards';
import { testDay } from '../support/clock';
import { StandInConnector } from '../support/connector';
import { freePort } from '../support/free-port';
import { seedExampleDirectory } from '../support/seed';
import { startTestApp, type TestApp } from '../support/test-app';

describe('walkthrough when storage stops mid-visit', () => {
  let azurite: RunningAzurite;
  let port: number;
  let dataDir: string;
  let connector: StandInConnector;
  let bot: TestApp;
  let prefix: string;

  before(async () => {
    port = await freePort();
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'fv-walk-outage-'));
    azurite = await startAzurite({ port, dataDir });
    connector = await new StandInConnector().start();
    prefix = uniquePrefix();
    await seedExampleDirectory(azurite.connectionString, prefix);
    bot = await startTestApp({
      AZURE_STORAGE_CONNECTION_STRING: azurite.connectionString,
      TABLE_PREFIX: prefix,
    });
  });
  after(async () => {
    await bot?.stop();
    await connector?.stop();
    await azurite?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('tells the councillor the answer was not saved, keeps their text, and the retry saves it once storage is back', async () => {
    const alex = personAt(bot, connector, persona.councillor);
    let card = await alex.click(await alex.say('start'), 'Start the form', {
      serviceId: 'checs',
      date: testDay(-5),
    });
    const visitId = String(actionsOf(card)[0]?.data.visitId);
    card = await alex.click(card, 'Save & next', { answer: 'Saved before the outage' });

    await azurite.stop();
    const unsaved = await alex.click(card, 'Save & next', { answer: 'Typed during the outage' });
    assert.match(cardText(unsaved), /Not saved: our storage is not answering just now/);
    assert.match(cardText(unsaved), /Step 2 of 12 — Outcomes for children: What is working well\?/);
    assert.equal(inputValue(unsaved, 'answer'), 'Typed during the outage');

    azurite = await startAzurite({ port, dataDir });
    const next = await alex.click(unsaved, 'Save again', { answer: 'Typed during the outage' });
    assert.match(cardText(next), /Step 3 of 12/);

    const table = TableClient.fromConnectionString(azurite.connectionString, `${prefix}Visits`, {
      allowInsecureConnection: true,
    });
    const answers = new Map<string, string>();
    for await (const row of table.listEntities<{ stepId?: string; text?: string }>({
      queryOptions: { filter: `PartitionKey eq '${visitId}'` },
    })) {
      if (row.stepId) answers.set(row.stepId, String(row.text));
    }
    assert.deepEqual(
      answers,
      new Map([
        ['staff', 'Saved before the outage'],
        ['outcomes.working-well', 'Typed during the outage'],
      ]),
    );
  });
});
