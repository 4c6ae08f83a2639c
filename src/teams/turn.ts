import type { TurnContext } from 'botbuilder';
import { CardFactory } from 'botbuilder';
import type { DirectoryLookup } from '../directory/directory';
import type { Person } from '../directory/types';
import type { ConversationTarget } from '../outbox/addresses';
import { scopeOf, senderAadObjectId, tenantOf, type Scope } from './activity-facts';

/** What a handler needs from one turn, without botbuilder's whole surface: who and where, and a way to answer. */
export interface Turn {
  readonly scope: Scope;
  /** This conversation, as the outbox needs it to post here later. */
  readonly where: ConversationTarget;
  /** The sender's Entra object id; undefined outside Teams (e.g. an emulator with no tenant). */
  readonly aadObjectId: string | undefined;
  /** The sender's directory entry; undefined when they are not in the directory. */
  readonly user: Person | undefined;
  /** Posts a card here; answers the posted message's id, for a later `updateCard`. */
  sendCard(card: object): Promise<string | undefined>;
  /** Replaces a card the bot posted earlier in this conversation. */
  updateCard(activityId: string, card: object): Promise<void>;
  sendText(text: string): Promise<void>;
  /** Posts a non-card attachment (a file consent card, a file's info card). */
  sendAttachment(attachment: Attachment): Promise<void>;
  /** Removes a message the bot posted in this conversation (a file consent card once answered). */
  deleteMessage(activityId: string): Promise<void>;
}

/** A message attachment as Teams takes it. */
export interface Attachment {
  readonly contentType: string;
  readonly name?: string;
  readonly contentUrl?: string;
  readonly content?: unknown;
}

/** Builds the turn for an activity, looking the sender up in the directory by aadObjectId. */
export async function createTurn(
  context: TurnContext,
  directory: Pick<DirectoryLookup, 'person'>,
): Promise<Turn> {
  const aadObjectId = senderAadObjectId(context.activity);
  const user = aadObjectId ? await directory.person(aadObjectId) : undefined;
  return {
    scope: scopeOf(context.activity),
    where: targetOf(context),
    aadObjectId,
    user,
    async sendCard(card) {
      return (await context.sendActivity({ attachments: [CardFactory.adaptiveCard(card)] }))?.id;
    },
    async updateCard(activityId, card) {
      await context.updateActivity({
        id: activityId,
        type: 'message',
        attachments: [CardFactory.adaptiveCard(card)],
      });
    },
    async sendText(text) {
      await context.sendActivity({ text, textFormat: 'markdown' });
    },
    async sendAttachment(attachment) {
      await context.sendActivity({ attachments: [attachment] });
    },
    async deleteMessage(activityId) {
      await context.deleteActivity(activityId);
    },
  };
}

function targetOf(context: TurnContext): ConversationTarget {
  const { activity } = context;
  const data = activity.channelData as
    { channel?: { id?: unknown; name?: unknown }; team?: { id?: unknown } } | undefined;
  const channelId = typeof data?.channel?.id === 'string' ? data.channel.id : undefined;
  const teamId = typeof data?.team?.id === 'string' ? data.team.id : undefined;
  return {
    serviceUrl: activity.serviceUrl,
    conversationId: activity.conversation.id,
    conversationType: activity.conversation.conversationType ?? 'personal',
    tenantId: tenantOf(activity) ?? '',
    ...(typeof data?.channel?.name === 'string' ? { name: data.channel.name } : {}),
    ...(channelId ? { channelId } : {}),
    ...(teamId ? { teamId } : {}),
  };
}
