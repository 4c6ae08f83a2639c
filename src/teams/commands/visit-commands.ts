import { postOutcome, postWalkthroughCard, startCard, type WalkthroughChatDeps } from '../walkthrough-chat';
import type { Command } from './command';

/** Commands for councillors in their personal chat: record a visit, carry on, review. */
export const visitCommands = (deps: WalkthroughChatDeps): Command[] => [
  {
    name: 'start',
    description: 'Record a visit: pick one of yours or start a new one',
    scopes: ['personal'],
    roles: ['councillor'],
    run: async (turn) => postWalkthroughCard(deps, turn, await startCard(deps, turn.user!)),
  },
  {
    name: 'resume',
    description: 'Carry on with your visit form where you left off',
    scopes: ['personal'],
    roles: ['councillor'],
    run: async (turn) => {
      const draft = (await deps.walkthrough.myVisits(turn.user!)).find(
        (v) => v.record.visit.status === 'draft',
      );
      if (!draft) return turn.sendText('You have no visit form in progress. Type **start** to begin one.');
      await postOutcome(deps, turn, await deps.walkthrough.resume(turn.user!, draft.record.visit.id));
    },
  },
  {
    name: 'review',
    description: 'See all your answers for your latest visit, and submit',
    scopes: ['personal'],
    roles: ['councillor'],
    run: async (turn) => {
      const latest = (await deps.walkthrough.myVisits(turn.user!))[0];
      if (!latest) return turn.sendText('You have no visits to review. Type **start** to begin one.');
      await postOutcome(deps, turn, await deps.walkthrough.review(turn.user!, latest.record.visit.id));
    },
  },
];
