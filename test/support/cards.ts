import type * as AdaptiveCardsTypes from 'adaptivecards';

// The package's lib/ build is ES modules that CommonJS cannot load; its UMD bundle in dist/ can.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const AdaptiveCards = require('adaptivecards/dist/adaptivecards.js') as typeof AdaptiveCardsTypes;

/** Problems the Adaptive Cards renderer finds in a card (unknown elements, bad inputs...); empty when valid. */
export function cardProblems(card: object): string[] {
  const context = new AdaptiveCards.SerializationContext();
  const parsed = new AdaptiveCards.AdaptiveCard();
  parsed.parse(card, context);
  const problems: string[] = [];
  for (let i = 0; i < context.eventCount; i++) problems.push(context.getEventAt(i).message);
  for (const event of parsed.validateProperties().validationEvents) problems.push(event.message);
  return problems;
}

/** The Adaptive Card content of a sent activity, or undefined. */
export function cardOf(activity: Record<string, unknown> | undefined): Record<string, unknown> | undefined {
  const attachments = activity?.attachments as
    { contentType: string; content: Record<string, unknown> }[] | undefined;
  return attachments?.find((a) => a.contentType === 'application/vnd.microsoft.card.adaptive')?.content;
}

/** Every text a person would read on the card, in order. */
export function cardText(card: unknown): string {
  const texts: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        if (typeof value === 'string' && ['text', 'title', 'value', 'label'].includes(key)) texts.push(value);
        else walk(value);
      }
    }
  };
  walk(card);
  return texts.join('\n');
}
