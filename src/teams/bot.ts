import { ActivityHandler, TurnContext, type InvokeResponse } from 'botbuilder';
import { escapeMarkdown } from '../cards/escape';
import { renderInfoCard } from '../cards/info-card';
import { isStorageUnavailable } from '../kernel/errors';
import {
  cardActionWhileStorageDown,
  handleCardAction,
  postOutcome,
  postWalkthroughCard,
  startCard,
} from './card-actions';
import { CHANNEL_COMMANDS } from './channel-commands';
import { commandsFor, commandsForRole, parseCommandText, type Command } from './commands';
import { helpData, notHere, welcomeData, type IntroductionInput } from './introductions';
import { createTurn, type Turn, type TurnDeps } from './turn';

/** The bot: greets on install and routes typed commands through the command table. */
export function createBot(deps: TurnDeps): ActivityHandler {
  const commands = createCommands(deps);
  const bot = new CardActionHandler(deps);
  const remembered = new Set<string>();
  /** Keeps each person's personal chat, so responses can reach them later; written once per process. */
  const rememberPersonalChat = async (turn: Turn): Promise<void> => {
    if (turn.scope !== 'personal' || !turn.user || remembered.has(turn.user.aadObjectId)) return;
    await deps.conversations.rememberPersonalChat(turn.user.aadObjectId, turn.where);
    remembered.add(turn.user.aadObjectId);
  };

  bot.onMembersAdded(async (context, next) => {
    const botWasAdded = context.activity.membersAdded?.some((m) => m.id === context.activity.recipient.id);
    if (botWasAdded) {
      const turn = await createTurn(context, deps);
      await rememberPersonalChat(turn);
      await turn.sendCard(renderInfoCard(welcomeData(await introduction(turn, commands, deps))));
    }
    await next();
  });

  bot.onMessage(async (context, next) => {
    const text = TurnContext.removeRecipientMention(context.activity) ?? context.activity.text ?? '';
    const turn = await createTurn(context, deps);
    await rememberPersonalChat(turn);
    const { name, args } = parseCommandText(text);
    const allowed = commandsFor(commands, turn.scope, turn.user?.role);
    const command = allowed.find((c) => c.name === name);
    if (command) {
      await command.run(turn, args);
    } else if (name === '') {
      await turn.sendText('Type **help** to see what I can do here.');
    } else if (commands.some((c) => c.name === name)) {
      const known = commands.find((c) => c.name === name)!;
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

/** Routes Action.Execute invokes through the card route table; everything else as ActivityHandler does. */
class CardActionHandler extends ActivityHandler {
  constructor(private readonly deps: TurnDeps) {
    super();
  }

  protected override async onInvokeActivity(context: TurnContext): Promise<InvokeResponse> {
    if (context.activity.name !== 'adaptiveCard/action') return super.onInvokeActivity(context);
    try {
      const turn = await createTurn(context, this.deps);
      return { status: 200, body: await handleCardAction(turn, context.activity.value) };
    } catch (error) {
      if (!isStorageUnavailable(error)) throw error;
      return {
        status: 200,
        body: cardActionWhileStorageDown(context.activity.value, this.deps.forms, this.deps.log),
      };
    }
  }
}

/** The command table: one small handler per typed command, offered per scope and role. */
export function createCommands(deps: TurnDeps): Command[] {
  const everywhere = ['personal', 'team', 'groupChat'] as const;
  const commands: Command[] = [
    {
      name: 'help',
      description: 'What I can do for you here',
      scopes: everywhere,
      run: async (turn) => turn.sendCard(renderInfoCard(helpData(await introduction(turn, commands, deps)))),
    },
    {
      name: 'start',
      description: 'Record a visit: pick one of yours or start a new one',
      scopes: ['personal'],
      roles: ['councillor'],
      run: async (turn) => postWalkthroughCard(turn, await startCard(turn, turn.user!)),
    },
    {
      name: 'resume',
      description: 'Carry on with your visit form where you left off',
      scopes: ['personal'],
      roles: ['councillor'],
      run: async (turn) => {
        const draft = (await turn.walkthrough.myVisits(turn.user!)).find(
          (v) => v.record.visit.status === 'draft',
        );
        if (!draft) return turn.sendText('You have no visit form in progress. Type **start** to begin one.');
        await postOutcome(turn, await turn.walkthrough.resume(turn.user!, draft.record.visit.id));
      },
    },
    {
      name: 'review',
      description: 'See all your answers for your latest visit, and submit',
      scopes: ['personal'],
      roles: ['councillor'],
      run: async (turn) => {
        const latest = (await turn.walkthrough.myVisits(turn.user!))[0];
        if (!latest) return turn.sendText('You have no visits to review. Type **start** to begin one.');
        await postOutcome(turn, await turn.walkthrough.review(turn.user!, latest.record.visit.id));
      },
    },
    ...CHANNEL_COMMANDS,
    {
      name: 'whoami',
      description: 'How the directory knows you (your role and Teams user id)',
      scopes: ['personal'],
      run: async (turn) => {
        const id = turn.aadObjectId ?? '(not available here)';
        await turn.sendText(
          turn.user
            ? `You are **${escapeMarkdown(turn.user.name)}**, ${turn.user.role} in the directory. Teams user id: ${id}`
            : `You are not in the directory yet. Ask the partnerships team to add you, quoting your Teams user id: ${id}`,
        );
      },
    },
  ];
  return commands;
}

async function introduction(
  turn: Turn,
  commands: readonly Command[],
  deps: TurnDeps,
): Promise<IntroductionInput> {
  const servicesResponded =
    turn.user?.role === 'responder' && turn.aadObjectId
      ? await deps.directory.servicesRespondedBy(turn.aadObjectId)
      : [];
  return {
    scope: turn.scope,
    user: turn.user,
    aadObjectId: turn.aadObjectId,
    servicesResponded,
    commands: commandsForRole(commands, turn.user?.role),
  };
}
