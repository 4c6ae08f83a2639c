import assert from 'node:assert/strict';
import {
  e2eUnavailable,
  playgroundUser,
  startPlaygroundRig,
  type PlaygroundRig,
} from '../support/playground';

describe('first conversation in the Agents Playground (Chromium)', function () {
  this.timeout(120_000);
  let rig: PlaygroundRig | undefined;

  before(async function () {
    const why = e2eUnavailable();
    if (why) {
      console.warn(`    Skipping the end-to-end tests: ${why}.`);
      this.skip();
    }
    rig = await startPlaygroundRig();
  });
  after(async () => rig?.stop());

  it('greets the councillor persona with a welcome card, and answers help with their commands', async () => {
    const user = playgroundUser(rig!.page);
    const welcome = await user.cardWith('Welcome, Cllr Alex Morgan');
    assert.match(await welcome.innerText(), /record your frontline visits/);

    await user.say('help');
    const help = await user.cardWith('Frontline Visits: help');
    const text = await help.innerText();
    assert.match(text, /whoami/);
    assert.match(text, /How the directory knows you/);
  });
});
