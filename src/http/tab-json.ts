import type { Person } from '../directory/types';
import type { PartnershipsOverview } from '../overview/overview';
import type { RequestPost, ResponseDue } from '../responses/my-responses';
import type { Response } from '../responses/types';
import { CHANGE_REASONS } from '../rota/types';
import type { VisitProgress } from '../visits/progress';
import type { PersonView, ResponseItem, ResponseView, VisitSummary } from './api-types';
import type { Overview } from './overview-types';

/** The tab's JSON for what the use cases return: ids and words only (no ETags, no e-mail addresses). */

export const personJson = ({ aadObjectId, name, role, title }: Person): PersonView => ({
  aadObjectId,
  name,
  role,
  ...(title ? { title } : {}),
});

export function overviewJson(o: PartnershipsOverview): Overview {
  return {
    today: o.today,
    services: o.lines.map(({ service, ...line }) => ({ serviceId: service.id, name: service.name, ...line })),
    formsAwaited: o.formsAwaited,
    responsesAwaited: o.responsesAwaited,
    failedDeliveries: o.undelivered.map(({ why, fix, ...rest }) => ({
      ...rest,
      why: `${why.charAt(0).toUpperCase()}${why.slice(1)} What to do: ${fix}`,
    })),
    councillors: o.councillors.map((c) => ({ id: c.aadObjectId, name: c.name })),
    changeReasons: CHANGE_REASONS,
  };
}

export function summaryJson({
  visit,
  answered,
  steps,
  responsesReceived,
  awaiting,
}: VisitProgress): VisitSummary {
  return {
    visitId: visit.id,
    serviceId: visit.serviceId,
    serviceName: visit.serviceName,
    date: visit.date,
    councillorNames: visit.councillorNames,
    status: visit.status,
    ...(visit.submittedAt ? { submittedAt: visit.submittedAt } : {}),
    answered,
    steps,
    responsesReceived,
    awaiting,
  };
}

export const responseJson = ({ responderId, name, title, text, at, edited }: Response): ResponseView => ({
  responderId,
  name,
  ...(title ? { title } : {}),
  text,
  at,
  edited,
});

export const responseItemJson = ({ progress, mine, post }: ResponseDue): ResponseItem => ({
  visit: summaryJson(progress),
  ...(mine ? { mine: responseJson(mine) } : {}),
  ...(post ? { channelLink: channelMessageLink(post) } : {}),
});

/** Opens the request card's post in its channel in Teams (a deep link to a channel message). */
export function channelMessageLink(post: RequestPost): string {
  const query = new URLSearchParams({
    tenantId: post.tenantId,
    parentMessageId: post.messageId,
    ...(post.channelName ? { channelName: post.channelName } : {}),
  });
  return `https://teams.microsoft.com/l/message/${encodeURIComponent(post.channelId)}/${encodeURIComponent(post.messageId)}?${query}`;
}

/** Opens the bot's personal chat in Teams with "resume" typed, to carry on a draft. */
export const resumeChatLink = (botAppId: string): string =>
  `https://teams.microsoft.com/l/chat/0/0?${new URLSearchParams({ users: `28:${botAppId}`, message: 'resume' })}`;
