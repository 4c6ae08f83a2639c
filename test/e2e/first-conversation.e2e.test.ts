import assert from 'node:assert/strict';
import { persona } from '../support/activities';
import { playgroundUser, screenshot, usePlaygroundRig } from '../support/playground';

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

  it("the partnerships officer's help in a personal chat lists the channel's commands too, and where to type them", async () => {
    const page = await rig().openPlaygroundAs(persona.partnerships.aadObjectId);
    const sam = playgroundUser(page);
    await sam.cardWith('Welcome, Sam Okafor');
    await sam.say('help');
    const help = await sam.cardWith('Frontline Visits: help');
    const text = await help.innerText();
    assert.match(text, /What you can type here\s+help[\s\S]*whoami/);
    assert.match(text, /In your team's channel \(mention me first, e\.g\. @Frontline Visits rota\)/);
    for (const command of ['link', 'links', 'rota', 'schedule', 'plan', 'outbox']) {
      assert.match(text, new RegExp(`\\b${command}\\b`));
    }
    await screenshot(page, 'help-partnerships');
  });
});
