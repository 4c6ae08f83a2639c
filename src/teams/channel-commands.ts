import { renderRota } from '../cards/rota-cards';
import { escapeMarkdown } from '../cards/escape';
import { scheduleCard } from './channel-actions';
import { proposePlanCard } from './plan-actions';
import type { Command } from './commands';
import { outboxCard } from './outbox-card';

/** Commands for the partnerships team in a channel: which channel gets what, and the delivery queue. */
export const CHANNEL_COMMANDS: readonly Command[] = [
  {
    name: 'link',
    description:
      'Make this channel the response channel of a service (link checs), or the partnerships channel (link partnerships)',
    scopes: ['team'],
    roles: ['partnerships'],
    async run(turn, args) {
      const wanted = args.trim().toLowerCase();
      const services = await turn.directory.services();
      const service = services.find((s) => s.id === wanted || s.name.toLowerCase() === wanted);
      if (wanted !== 'partnerships' && !service) {
        const ids = services.map((s) => `**${escapeMarkdown(s.id)}** (${escapeMarkdown(s.name)})`).join(', ');
        return turn.sendText(`Type **link partnerships**, or **link** and one of: ${ids}.`);
      }
      const purpose = service ? service.id : 'partnerships';
      await turn.conversations.link({
        ...turn.where,
        purpose,
        linkedBy: turn.user!.aadObjectId,
        linkedAt: turn.clock.now().toISOString(),
      });
      const requeued = await turn.dispatcher.requeueFor(
        service ? { kind: 'service', serviceId: service.id } : { kind: 'partnerships' },
      );
      turn.queued();
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
      const [links, services] = await Promise.all([turn.conversations.links(), turn.directory.services()]);
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
    run: async (turn) => turn.sendCard(renderRota(await turn.rota.overview())),
  },
  {
    name: 'schedule',
    description: 'Book a visit: service, date and time, councillors, meeting link',
    scopes: ['team'],
    roles: ['partnerships'],
    run: async (turn) => turn.sendCard(await scheduleCard(turn)),
  },
  {
    name: 'plan',
    description: 'Propose a year of visits (plan 2027) to adjust and book from the card',
    scopes: ['team'],
    roles: ['partnerships'],
    run: async (turn, args) => turn.sendCard(await proposePlanCard(turn, Number(args.trim()))),
  },
  {
    name: 'outbox',
    description: 'Messages waiting to be sent, and failed deliveries to retry',
    scopes: ['team'],
    roles: ['partnerships'],
    run: async (turn) => turn.sendCard(await outboxCard(turn)),
  },
];
