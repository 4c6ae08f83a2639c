import assert from 'node:assert/strict';
import { cardActionActivity, messageActivity, type Persona } from './activities';
import { cardOf } from './cards';
import type { StandInConnector } from './connector';
import type { TestApp } from './test-app';

export type Card = Record<string, unknown>;
export interface CardAction {
  readonly title: string;
  readonly verb: string;
  readonly data: Record<string, unknown>;
}

/** Every Action.Execute on a card (body ActionSets and the card's own actions), in order. */
export function actionsOf(card: unknown): CardAction[] {
  const found: CardAction[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const n = node as Record<string, unknown>;
      if (n.type === 'Action.Execute') {
        found.push({ title: String(n.title), verb: String(n.verb), data: n.data as Record<string, unknown> });
      }
      Object.values(n).forEach(walk);
    }
  };
  walk(card);
  return found;
}

/** Every input's id and the value it shows: what Teams sends with an Action.Execute when nothing is changed. */
export function inputsOf(card: unknown): Record<string, string> {
  const values: Record<string, string> = {};
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const n = node as Record<string, unknown>;
      if (typeof n.id === 'string' && typeof n.type === 'string' && n.type.startsWith('Input.'))
        values[n.id] = typeof n.value === 'string' ? n.value : '';
      Object.values(n).forEach(walk);
    }
  };
  walk(card);
  return values;
}

/** The value an input shows, by id. */
export function inputValue(card: unknown, id: string): string | undefined {
  return inputsOf(card)[id];
}

/** A person at Teams: types messages, and clicks card buttons with what they typed into the inputs. */
export function personAt(bot: TestApp, connector: StandInConnector, who: Persona) {
  return {
    /** Types a message; returns the card the bot replied with. */
    async say(text: string): Promise<Card> {
      connector.clear();
      assert.equal(await bot.post(messageActivity(connector.url, who, text)), 200);
      const card = cardOf(connector.replies().at(-1));
      assert.ok(card, `no card in reply to "${text}": ${JSON.stringify(connector.sent())}`);
      return card;
    },
    /** Clicks the button with this title, as Teams does: inputs merged into its data. Returns the new card. */
    async click(card: Card, title: string, inputs: Record<string, unknown> = {}): Promise<Card> {
      const action = actionsOf(card).find((a) => a.title === title);
      assert.ok(
        action,
        `no "${title}" on the card; it has: ${actionsOf(card)
          .map((a) => a.title)
          .join(', ')}`,
      );
      return this.invoke(action.verb, { ...action.data, ...inputs });
    },
    async invoke(verb: string, data: Record<string, unknown>): Promise<Card> {
      const { status, body } = await bot.invoke(cardActionActivity(connector.url, who, verb, data));
      assert.equal(status, 200);
      assert.equal(body.statusCode, 200, JSON.stringify(body));
      assert.equal(body.type, 'application/vnd.microsoft.card.adaptive');
      return body.value as Card;
    },
  };
}
