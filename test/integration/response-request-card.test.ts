import assert from 'node:assert/strict';
import { channel, messageActivity, persona, responseChannel } from '../support/activities';
import { personAt } from '../support/card-driver';
import { cardOf, cardText } from '../support/cards';
import { testDay } from '../support/clock';
import { startSeededBot, type SeededBot } from '../support/seeded-bot';
import { until } from '../support/wait';

describe('the response request card a submission posts, through POST /api/messages and the outbox', () => {
  let seeded: SeededBot | undefined;
  before(async () => {
    seeded = await startSeededBot({ OUTBOX_POLL_MS: '200' });
  });
  after(async () => seeded?.stop());

  it('shows the staff involved once, not as both section and label', async () => {
    const { bot, connector } = seeded!;
    const link = messageActivity(connector.url, persona.partnerships, 'link cin-cp-crewe', responseChannel);
    assert.equal(await bot.post(link), 200);
    assert.equal(
      await bot.post(messageActivity(connector.url, persona.partnerships, 'link partnerships', channel)),
      200,
    );
    const alex = personAt(bot, connector, persona.councillor);
    let card = await alex.click(await alex.say('start'), 'Start the form', {
      serviceId: 'cin-cp-crewe',
      date: testDay(-3),
    });
    card = await alex.click(card, 'Save & next', { answer: 'Service manager and four social workers' });
    await alex.click(card, 'Save & next', { answer: 'Strong relationships with families' });
    await alex.click(await alex.say('review'), 'Submit');
    const request = await until('the request in the service channel', () =>
      connector.delivered(responseChannel.conversationId).at(0),
    );
    const text = cardText(cardOf(request.body));
    assert.equal(text.match(/Staff involved/g)?.length, 1, text);
    assert.match(text, /Staff involved\nService manager and four social workers/);
    assert.match(text, /Outcomes for children\nWhat is working well\?\nStrong relationships with families/);
  });
});
