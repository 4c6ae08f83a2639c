import { escapeMarkdown } from '../../cards/escape';
import type { DirectoryLookup } from '../../directory/directory';
import type { ConversationRepository } from '../../outbox/addresses';
import type { ChannelLinks } from '../../outbox/channel-links';
import type { Dispatcher } from '../../outbox/dispatcher';
import { outboxCard, type OutboxDeps } from '../actions/outbox-actions';
import { planCard, type PlanDeps } from '../actions/plan-actions';
import { rotaCard, scheduleCard, type RotaDeps } from '../actions/rota-actions';
import type { Command } from './command';

/** What the channel commands use: the rota's, the plan's and the outbox's, and the channel links. */
export type ChannelCommandDeps = RotaDeps &
  PlanDeps &
  OutboxDeps & {
    readonly directory: DirectoryLookup;
    readonly conversations: ConversationRepository;
    readonly channels: ChannelLinks;
    readonly dispatcher: Pick<Dispatcher, 'review' | 'retry' | 'requeueFor'>;
  };

/** Commands for the partnerships team in a channel: which channel gets what, the rota, and the delivery queue. */
export const channelCommands = (deps: ChannelCommandDeps): Command[] => [
  {
    name: 'link',
    description:
      'Make this channel the response channel of a service (link checs), or the partnerships channel (link partnerships)',
    scopes: ['team'],
    roles: ['partnerships'],
    async run(turn, args) {
      const wanted = args.trim().toLowerCase();
      const services = await deps.directory.services();
      const service = services.find((s) => s.id === wanted || s.name.toLowerCase() === wanted);
      if (wanted !== 'partnerships' && !service) {
        const ids = services.map((s) => `**${escapeMarkdown(s.id)}** (${escapeMarkdown(s.name)})`).join(', ');
        return turn.sendText(`Type **link partnerships**, or **link** and one of: ${ids}.`);
      }
      const requeued = await deps.channels.link(
        turn.user!,
        turn.where,
        service ? service.id : 'partnerships',
      );
      deps.queued();
      await turn.sendText(
        (service
          ? `This channel now receives the response requests for **${escapeMarkdown(service.name)}**, for its responders to answer here.`
          : 'This channel is now the partnerships channel: scheduling nudges, completed responses and delivery problems come here.') +
          (requeued > 0
            ? ` ${requeued} message${requeued === 1 ? '' : 's'} that could not be delivered before will now be posted here.`
            : ''),
      );
    },
  },
  {
    name: 'links',
    description: 'Which channel receives what',
    scopes: ['team'],
    roles: ['partnerships'],
    async run(turn) {
      const [links, services] = await Promise.all([deps.conversations.links(), deps.directory.services()]);
      const channelOf = (purpose: string): string => {
        const link = links.find((l) => l.purpose === purpose);
        return link ? escapeMarkdown(link.name ?? link.conversationId) : '_not linked_';
      };
      const lines = [
        `- Partnerships: ${channelOf('partnerships')}`,
        ...services.map((s) => `- ${escapeMarkdown(s.name)} (${escapeMarkdown(s.id)}): ${channelOf(s.id)}`),
      ];
      await turn.sendText(`Channel links:\n\n${lines.join('\n')}`);
    },
  },
  {
    name: 'rota',
    description: "Each service's last visit, next booking and due date, with Book, Move and Cancel",
    scopes: ['team'],
    roles: ['partnerships'],
    run: async (turn) => turn.sendCard(await rotaCard(deps)),
  },
  {
    name: 'schedule',
    description: 'Book a visit: service, date and time, councillors, meeting link',
    scopes: ['team'],
    roles: ['partnerships'],
    run: async (turn) => turn.sendCard(await scheduleCard(deps)),
  },
  {
    name: 'plan',
    description: 'Propose a year of visits (plan 2027) to adjust and book from the card',
    scopes: ['team'],
    roles: ['partnerships'],
    run: async (turn, args) => turn.sendCard(await planCard(deps, Number(args.trim()))),
  },
  {
    name: 'outbox',
    description: 'Messages waiting to be sent, and failed deliveries to retry',
    scopes: ['team'],
    roles: ['partnerships'],
    run: async (turn) => turn.sendCard(await outboxCard(deps)),
  },
];
