import assert from 'node:assert/strict';
import { createOutboxStore } from '../../src/storage/outbox-store';
import { openTables } from '../../src/storage/tables';
import { channel, messageActivity, persona } from '../support/activities';
import { actionsOf, personAt, type Card } from '../support/card-driver';
import { cardOf, cardProblems, cardText } from '../support/cards';
import { TEST_START, testDay } from '../support/clock';
import { startSeededBot, type SeededBot } from '../support/seeded-bot';
import { until } from '../support/wait';

describe('the outbox card says, for each message, to whom, what, why it waits and the fix', () => {
  let seeded: SeededBot | undefined;
  before(async () => {
    seeded = await startSeededBot({ OUTBOX_POLL_MS: '100' });
  });
  after(async () => seeded?.stop());

  const outboxCard = async (): Promise<Card> => {
    const { connector, bot } = seeded!;
    connector.clear();
    await bot.post(messageActivity(connector.url, persona.partnerships, 'outbox', channel));
    return cardOf(connector.replies().at(-1)) as Card;
  };

  it('a request to a service with no linked channel, and a message to a councillor who never opened the bot', async () => {
    const { connector, bot, azurite, prefix } = seeded!;
    await bot.post(messageActivity(connector.url, persona.partnerships, 'link partnerships', channel));
    assert.match(cardText(await outboxCard()), /Nothing is waiting to be sent, and no delivery has failed\./);

    // Alex submits a visit to ChECS, whose channel nobody has linked yet.
    const alex = personAt(bot, connector, persona.councillor);
    const card = await alex.click(await alex.say('start'), 'Start the form', {
      serviceId: 'checs',
      date: testDay(-2),
    });
    await alex.click(card, 'Save & next', { answer: 'Service manager and two social workers' });
    await alex.click(await alex.say('review'), 'Submit');
    // A message for Priya, who has never opened a chat with the bot (as a booking confirmation would be).
    const tables = await openTables(azurite.connectionString, prefix);
    await createOutboxStore('Outbox', tables.Outbox).enqueue(
      {
        id: 'test-confirmation-priya',
        to: { kind: 'person', aadObjectId: persona.secondCouncillor.aadObjectId },
        kind: 'post',
        summary: 'Booking confirmation: ChECS',
        activity: { text: 'You are booked to visit ChECS.' },
      },
      TEST_START,
    );

    const waiting = await until('both waiting messages listed', async () => {
      const shown = await outboxCard();
      return /2 messages waiting to be sent/.test(cardText(shown)) ? shown : undefined;
    });
    assert.deepEqual(cardProblems(waiting), []);
    const text = cardText(waiting);
    assert.match(text, /2 messages waiting to be sent, no failed deliveries\./);
    assert.match(
      text,
      /Response request: Cheshire East Consultation Service \\\(ChECS\\\).*\n\*\*To:\*\* Cheshire East Consultation Service \\\(ChECS\\\) \(the service's channel\)\n\*\*Waiting:\*\* no channel is linked to receive it\.\n\*\*What to do:\*\* in the right channel, mention the bot and type \*\*link checs\*\*/,
    );
    assert.match(
      text,
      /Booking confirmation: ChECS\n\*\*To:\*\* Cllr Priya Shah \(personal chat\)\n\*\*Waiting:\*\* Cllr Priya Shah has never opened a chat with Frontline Visits.*\n\*\*What to do:\*\* ask Cllr Priya Shah to open Frontline Visits in Teams once/,
    );
    assert.deepEqual(actionsOf(waiting), [], 'nothing to retry while messages only wait');
  });
});
