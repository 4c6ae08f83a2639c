import { ActivityHandler, type InvokeResponse, type TurnContext } from 'botbuilder';
import { escapeMarkdown } from '../cards/escape';
import { renderInfoCard } from '../cards/info-card';
import type { DirectoryLookup } from '../directory/directory';
import { isStorageUnavailable } from '../kernel/errors';
import type { Logger } from '../kernel/log';
import type { ConversationRepository } from '../outbox/addresses';
import type { FormCatalogue } from '../visits/forms';
import type { CardRouter } from './actions/router';
import { typedText } from './activity-facts';
import { commandsFor, parseCommandText, type Command } from './commands/command';
import { introduction } from './commands/table';
import { notHere, welcomeData } from './introductions';
import { answerConsent, type ReportFileDeps } from './report-files';
import type { SearchRouter } from './search';
import { cardWhileStorageDown } from './storage-down';
import { createTurn, type Turn } from './turn';

export interface BotDeps {
  readonly directory: Pick<DirectoryLookup, 'person' | 'servicesRespondedBy'>;
  readonly conversations: Pick<ConversationRepository, 'rememberPersonalChat'>;
  /** The typed commands, each with its scopes and roles. */
  readonly commands: readonly Command[];
  /** Card clicks, routed by verb. */
  readonly cards: CardRouter;
  /** Typeahead searches from card inputs (Teams' `application/search` invoke). */
  readonly search: SearchRouter;
  readonly forms: FormCatalogue;
  /** The committee paper's file consent answers (`fileConsent/invoke`). */
  readonly files: ReportFileDeps;
  readonly log: Logger;
}

const invokeCard = (value: object): InvokeResponse => ({
  status: 200,
  body: { statusCode: 200, type: 'application/vnd.microsoft.card.adaptive', value },
});

/** The bot: greets on install, routes typed commands through the command table and card clicks by verb. */
export function createBot(deps: BotDeps): ActivityHandler {
  const { commands } = deps;
  const remembered = new Set<string>();
  /** Keeps each person's personal chat, so responses can reach them later; written once per process. */
  const rememberPersonalChat = async (turn: Turn): Promise<void> => {
    if (turn.scope !== 'personal' || !turn.user || remembered.has(turn.user.aadObjectId)) return;
    await deps.conversations.rememberPersonalChat(turn.user.aadObjectId, turn.where);
    remembered.add(turn.user.aadObjectId);
  };

  class Bot extends ActivityHandler {
    protected override async onInvokeActivity(context: TurnContext): Promise<InvokeResponse> {
      if (context.activity.name === 'application/search') {
        try {
          const turn = await createTurn(context, deps.directory);
          return { status: 200, body: await deps.search(turn.user, context.activity.value) };
        } catch (error) {
          if (!isStorageUnavailable(error)) throw error;
          return { status: 200, body: await deps.search(undefined, undefined) };
        }
      }
      if (context.activity.name === 'fileConsent/invoke') {
        try {
          const turn = await createTurn(context, deps.directory);
          await answerConsent(turn, deps.files, context.activity.value, context.activity.replyToId);
        } catch (error) {
          if (!isStorageUnavailable(error)) throw error;
          await context.sendActivity(
            'Storage is not answering, so no file was saved. Type **report** again in a minute.',
          );
        }
        return { status: 200 };
      }
      if (context.activity.name !== 'adaptiveCard/action') return super.onInvokeActivity(context);
      try {
        const turn = await createTurn(context, deps.directory);
        return invokeCard(await deps.cards(turn.user, context.activity.value));
      } catch (error) {
        if (!isStorageUnavailable(error)) throw error;
        return invokeCard(cardWhileStorageDown(context.activity.value, deps.forms, deps.log));
      }
    }
  }
  const bot = new Bot();

  bot.onMembersAdded(async (context, next) => {
    const botWasAdded = context.activity.membersAdded?.some((m) => m.id === context.activity.recipient?.id);
    if (botWasAdded) {
      const turn = await createTurn(context, deps.directory);
      await rememberPersonalChat(turn);
      await turn.sendCard(renderInfoCard(welcomeData(await introduction(deps, turn, commands))));
    }
    await next();
  });

  bot.onMessage(async (context, next) => {
    const text = typedText(context.activity);
    const turn = await createTurn(context, deps.directory);
    await rememberPersonalChat(turn);
    const { name, args } = parseCommandText(text);
    const command = commandsFor(commands, turn.scope, turn.user?.role).find((c) => c.name === name);
    const known = commands.find((c) => c.name === name);
    if (command) {
      await command.run(turn, args);
    } else if (name === '') {
      await turn.sendText('Type **help** to see what I can do here.');
    } else if (known) {
      await turn.sendText(notHere(known, turn.scope, turn.user, turn.aadObjectId));
    } else {
      const typed = text.trim();
      const shown = escapeMarkdown(typed.length > 40 ? `${typed.slice(0, 40).trimEnd()}…` : typed);
      await turn.sendText(`Sorry, I don't know "${shown}". Type **help** to see what I can do here.`);
    }
    await next();
  });

  return bot;
}
