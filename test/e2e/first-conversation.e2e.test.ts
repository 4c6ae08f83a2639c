import assert from 'node:assert/strict';
import { playgroundUser, usePlaygroundRig } from '../support/playground';

describe('first conversation in the Agents Playground (Chromium)', function () {
  const rig = usePlaygroundRig(this);

  it('greets the councillor persona with a welcome card, and answers help with their commands', async () => {
    const user = playgroundUser(rig().page);
    const welcome = await user.cardWith('Welcome, Cllr Alex Morgan');
    assert.match(await welcome.innerText(), /record your frontline visits/);

    await user.say('help');
    const help = await user.cardWith('Frontline Visits: help');
    const text = await help.innerText();
    assert.match(text, /whoami/);
    assert.match(text, /How the directory knows you/);
  });
});
