import assert from 'node:assert/strict';
import { cardActionActivity, channel, messageActivity, type Persona } from './activities';
import { actionsOf, type Card } from './card-driver';
import { cardOf, cardText } from './cards';
import type { StandInConnector } from './connector';
import type { TestApp } from './test-app';

/**
 * The partnerships channel as a test drives it: type a command there, click a card's button (with inputs), read
 * what went to someone's personal chat. The bot and connector are read when used, as suites start them in `before`.
 */
export function channelDriver(rig: () => { bot: TestApp; connector: StandInConnector }) {
  return {
    /** Types a command in the channel (mentioning the bot); answers the card or text it replied with. */
    async sayInChannel(who: Persona, text: string): Promise<Card> {
      const { bot, connector } = rig();
      connector.clear();
      await bot.post(messageActivity(connector.url, who, text, channel));
      const sent = connector.replies().at(-1);
      return cardOf(sent) ?? { text: sent?.text };
    },
    /** Clicks the button with this title on a card in the channel; answers the card that replaces it. */
    async click(
      who: Persona,
      card: Card,
      title: string,
      inputs: Record<string, unknown> = {},
    ): Promise<Card> {
      const { bot, connector } = rig();
      const action = actionsOf(card).find((a) => a.title === title);
      assert.ok(action, `no "${title}" on ${cardText(card)}`);
      const { body } = await bot.invoke(
        cardActionActivity(connector.url, who, action.verb, { ...action.data, ...inputs }, channel),
      );
      return body.value as Card;
    },
    /** What the bot sent to a person's chat, in order (since the connector was last cleared). */
    sentTo(who: Persona): Record<string, unknown>[] {
      return rig()
        .connector.calls.filter(
          (c) =>
            c.method === 'POST' && c.path.startsWith(`/v3/conversations/a:personal-${who.id}/activities`),
        )
        .map((c) => c.body);
    },
    /** A sent activity as a person reads it: its card's text, or its text. */
    shown(body: Record<string, unknown>): string {
      const card = cardOf(body);
      return card ? cardText(card) : String(body.text);
    },
  };
}
