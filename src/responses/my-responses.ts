import type { Allowed } from '../directory/access';
import type { DirectoryLookup } from '../directory/directory';
import type { Person } from '../directory/types';
import type { ConversationRepository } from '../outbox/addresses';
import type { OutboxStore } from '../outbox/store';
import type { FormCatalogue } from '../visits/forms';
import { newestFirst, progressOf, type VisitProgress } from '../visits/progress';
import type { VisitRepository } from '../visits/store';
import type { VisitRecord } from '../visits/types';
import type { Response } from './types';

/** Who responds to visits: "awaiting my response" is theirs. */
export const RESPONDS: Allowed = {
  roles: ['responder'],
  refusal: 'Only the heads of service who respond to visits have responses to give',
};

/** Where the request card was posted in the service's channel, when both the channel and the post are known. */
export interface RequestPost {
  readonly channelId: string;
  readonly channelName?: string;
  readonly tenantId: string;
  readonly messageId: string;
}

/** A visit this responder is asked to respond to, with their own response once given. */
export interface ResponseDue {
  readonly progress: VisitProgress;
  readonly mine?: Response;
  readonly post?: RequestPost;
}

export interface MyResponsesDeps {
  readonly directory: Pick<DirectoryLookup, 'servicesRespondedBy'>;
  readonly visits: Pick<VisitRepository, 'listSummaries' | 'load'>;
  readonly forms: FormCatalogue;
  readonly conversations: Pick<ConversationRepository, 'linkFor'>;
  /** The outbox store that holds each visit's request post (the Visits table's). */
  readonly posts: Pick<OutboxStore, 'get'>;
}

/**
 * The submitted visits to this responder's services that name them on the request: those awaiting their
 * response, and those they have responded to, newest first.
 */
export async function myResponses(
  deps: MyResponsesDeps,
  responder: Person,
): Promise<{ awaiting: ResponseDue[]; past: ResponseDue[] }> {
  const [services, summaries] = await Promise.all([
    deps.directory.servicesRespondedBy(responder.aadObjectId),
    deps.visits.listSummaries(),
  ]);
  const theirs = new Set(services.map((s) => s.id));
  const named = summaries.filter(
    (s) => theirs.has(s.visit.serviceId) && s.responders?.ids.includes(responder.aadObjectId),
  );
  const records = (await Promise.all(named.map((s) => deps.visits.load(s.visit.id))))
    .filter((r): r is VisitRecord => r?.visit.status === 'submitted')
    .sort(newestFirst);
  const items = await Promise.all(records.map((record) => itemOf(deps, record, responder)));
  return { awaiting: items.filter((i) => !i.mine), past: items.filter((i) => i.mine) };
}

async function itemOf(deps: MyResponsesDeps, record: VisitRecord, responder: Person): Promise<ResponseDue> {
  const mine = record.responses?.get(responder.aadObjectId);
  const post = await requestPost(deps, record);
  return {
    progress: progressOf(record, deps.forms.get(record.visit.formKey)),
    ...(mine ? { mine } : {}),
    ...(post ? { post } : {}),
  };
}

async function requestPost(deps: MyResponsesDeps, record: VisitRecord): Promise<RequestPost | undefined> {
  if (!record.request) return undefined;
  const [channel, message] = await Promise.all([
    deps.conversations.linkFor(record.visit.serviceId),
    deps.posts.get(record.visit.id, record.request.messageId),
  ]);
  const messageId = message?.sentActivityId;
  if (!channel?.channelId || !messageId) return undefined;
  // Posted before the channel was linked again elsewhere: the post's own channel ("<channel>;messageid=<id>").
  const channelId = message.sentConversationId?.split(';')[0] || channel.channelId;
  return {
    channelId,
    ...(channel.name && channelId === channel.channelId ? { channelName: channel.name } : {}),
    tenantId: channel.tenantId,
    messageId,
  };
}
