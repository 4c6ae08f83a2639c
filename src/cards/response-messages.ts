import { formatDay } from '../kernel/london';
import type { ResponseViews } from '../responses/responses';
import type { VisitRecord } from '../visits/types';
import { renderActionOwner } from './action-owner-card';
import { cardActivity } from './card-activity';
import { escapeMarkdown } from './escape';
import { renderNotice } from './notice-card';
import { renderResponseRequest } from './response-cards';

const what = (record: VisitRecord): string =>
  `${record.visit.serviceName}, visit of ${formatDay(record.visit.date)}`;

/** The Teams messages a response request causes: the channel card, the councillors' copy, the partnerships line. */
export const responseMessages: ResponseViews = {
  request: (record, form, actions) => cardActivity(renderResponseRequest({ record, form, actions })),
  actionOwner: (action) => cardActivity(renderActionOwner(action)),
  responses(record, corrected) {
    const paragraphs = record.request!.responderIds.map((id) => {
      const r = record.responses!.get(id)!;
      return `**${escapeMarkdown(r.name)}${r.title ? `, ${escapeMarkdown(r.title)}` : ''}:** ${escapeMarkdown(r.text)}`;
    });
    const heading = `${corrected ? 'A response was corrected' : 'Response to your visit'}: ${what(record)}`;
    return cardActivity(renderNotice(escapeMarkdown(heading), paragraphs));
  },
  allReceived: (record) => ({
    text: escapeMarkdown(
      `All responses received for ${what(record)} (${record.visit.councillorNames.join(', ')}). The councillors have been sent them.`,
    ),
    textFormat: 'markdown',
  }),
};
