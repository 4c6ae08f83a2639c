import type { ActivityHandler } from 'botbuilder';
import type { Actions } from '../actions/actions';
import type { NudgeHandling } from '../nudges/handling';
import type { Responses } from '../responses/responses';
import type { FormCatalogue } from '../visits/forms';
import { actionActions } from './actions/action-actions';
import { nudgeActions } from './actions/nudge-actions';
import { outboxActions } from './actions/outbox-actions';
import { planActions } from './actions/plan-actions';
import { responseActions } from './actions/response-actions';
import { rotaActions } from './actions/rota-actions';
import { createCardRouter } from './actions/router';
import { sinceLastVisitActions } from './actions/since-last-visit-actions';
import { visitActions } from './actions/visit-actions';
import { createBot } from './bot';
import { createCommands, type CommandDeps } from './commands/table';
import { createSearch } from './search';

/** The use cases the Teams front door calls, wired by the composition root. */
export type TeamsUseCases = CommandDeps & {
  readonly responses: Responses;
  readonly actions: Actions;
  readonly nudges: NudgeHandling;
  readonly forms: FormCatalogue;
};

/** The Teams front door: every card verb routed to its use case, the command table, typeahead search, and the
 * bot over them. */
export function createTeamsBot(useCases: TeamsUseCases): ActivityHandler {
  const cards = createCardRouter(cardActions(useCases));
  const search = createSearch(useCases.directory);
  return createBot({ ...useCases, commands: createCommands(useCases), cards, search, files: useCases });
}

/** Every card action, each declared once with its roles, parser and use case. */
export const cardActions = (u: TeamsUseCases) => [
  ...visitActions(u),
  ...sinceLastVisitActions(u),
  ...responseActions(u.responses),
  ...actionActions(u.actions),
  ...rotaActions(u),
  ...planActions(u),
  ...nudgeActions(u),
  ...outboxActions(u),
];
