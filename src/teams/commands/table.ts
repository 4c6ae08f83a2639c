import { escapeMarkdown } from '../../cards/escape';
import { renderInfoCard } from '../../cards/info-card';
import type { DirectoryLookup } from '../../directory/directory';
import { helpData, type IntroductionInput } from '../introductions';
import type { Turn } from '../turn';
import type { WalkthroughChatDeps } from '../walkthrough-chat';
import { channelCommands, type ChannelCommandDeps } from './channel-commands';
import { commandsForRole, type Command } from './command';
import { reportCommands, type ReportCommandDeps } from './report-commands';
import { visitCommands } from './visit-commands';

export type CommandDeps = WalkthroughChatDeps &
  ChannelCommandDeps &
  ReportCommandDeps & { readonly directory: DirectoryLookup };

/** The command table: one small handler per typed command, offered per scope and role. */
export function createCommands(deps: CommandDeps): Command[] {
  const commands: Command[] = [
    {
      name: 'help',
      description: 'What I can do for you here',
      scopes: ['personal', 'team', 'groupChat'],
      run: async (turn) => turn.sendCard(renderInfoCard(helpData(await introduction(deps, turn, commands)))),
    },
    ...visitCommands(deps),
    ...channelCommands(deps),
    ...reportCommands(deps),
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

/** Who is asking and where, and every command they may use: what the welcome and help cards say. */
export async function introduction(
  deps: { readonly directory: Pick<DirectoryLookup, 'servicesRespondedBy'> },
  turn: Turn,
  commands: readonly Command[],
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
