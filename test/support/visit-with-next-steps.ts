import assert from 'node:assert/strict';
import { actionsOf, type personAt } from './card-driver';
import { cardText } from './cards';

/**
 * A councillor records a visit through the bot — staff, what works well, a worry, then `nextSteps` as "what needs to
 * happen" — and submits it from the review card; answers the visit's id.
 */
export async function submitVisitWithNextSteps(
  councillor: ReturnType<typeof personAt>,
  serviceId: string,
  date: string,
  nextSteps: string,
): Promise<string> {
  let card = await councillor.click(await councillor.say('start'), 'Start the form', { serviceId, date });
  const visitId = String(actionsOf(card)[0]?.data.visitId);
  card = await councillor.click(card, 'Save & next', { answer: 'Service manager and four social workers' });
  card = await councillor.click(card, 'Save & next', { answer: 'Strong relationships with families' });
  card = await councillor.click(card, 'Save & next', { answer: 'Caseloads are high' });
  await councillor.click(card, 'Save & next', { answer: nextSteps });
  const submitted = await councillor.click(await councillor.say('review'), 'Submit');
  assert.match(cardText(submitted), /Submitted\. Thank you\./);
  return visitId;
}
