import { Template } from 'adaptivecards-templating';
import template from '../../adaptive-cards/response-request.json';
import { MAX_ANSWER_CHARS } from '../visits/answer-text';
import type { Form } from '../visits/forms';
import type { VisitRecord } from '../visits/types';
import { formatDay, formatMoment } from '../kernel/london';
import type { RequestResult } from '../responses/responses';
import { escapeMarkdown } from './escape';
import { VERB } from './verbs';
import { renderNotice } from './notice-card';
import { handBack } from './hand-back';
import type { Action } from '../actions/types';
import type { Person } from '../directory/types';
import type { TriageInput } from '../responses/types';
import { formatMonth } from '../actions/months';
import { actionState } from './action-view';

const compiled = new Template(template);

/**
 * The answers on a request card share this many characters (as shown, escaped), and the responses as many
 * again, so that even text full of markdown keeps the card under Teams' ~40 KB message limit.
 */
export const REQUEST_ANSWER_BUDGET = 7_000;
export const REQUEST_RESPONSE_BUDGET = 7_000;
/** How much of a refused response is handed back in the box (UTF-8 bytes), beside the answers and responses. */
export const RESPONSE_HANDBACK_BYTES = 12_000;
const MIN_EXCERPT = 150;
/** The actions' texts share this many characters; a responder decides at most this many on one card. */
export const REQUEST_ACTION_BUDGET = 1_500;
/** An action is a point (a sentence, usually): longer ones are cut here; the answers above hold them whole. */
const MAX_ACTION_CHARS = 300;
export const MAX_TRIAGE = 5;
const TRIAGE_BYTES = 6_000;

export interface RequestView {
  readonly record: VisitRecord;
  readonly form: Form;
  /** The responder looking at it, for their own view with a response box; undefined: everyone's view. */
  readonly responder?: string;
  readonly notice?: string;
  /** What the responder typed, shown back in their box when it was not saved (too long, say). */
  readonly draft?: string;
  /** The visit's actions: everyone sees where each stands; a responder decides the proposed ones. */
  readonly actions?: readonly Action[];
  readonly owners?: readonly Pick<Person, 'aadObjectId' | 'name'>[];
  readonly months?: readonly string[];
  /** What the responder chose for the actions, shown back when it was not saved. */
  readonly triage?: readonly TriageInput[];
}

/** The card for what a response use case answered: the request, or that it cannot be found. */
export function renderRequestResult(result: RequestResult): object {
  return result.kind === 'not-found'
    ? renderNotice('Sorry', ['I cannot find that response request.'])
    : renderResponseRequest(result);
}

/** Teams' id for a user in `refresh.userIds`, from their Entra object id. */
export const userMri = (aadObjectId: string): string => `8:orgid:${aadObjectId}`;

/** The response request card posted to the service's channel: read-only for all, a response box for responders. */
export function renderResponseRequest(view: RequestView): object {
  const { record, form } = view;
  const { visit } = record;
  const request = record.request!;
  const responses = record.responses ?? new Map();
  const answered = form.steps.filter((s) => record.answers.get(s.id)?.text);
  const limit = Math.max(MIN_EXCERPT, Math.floor(REQUEST_ANSWER_BUDGET / Math.max(1, answered.length)));
  let shortenedCount = 0;
  // A section's lenses are facts under its title; a question of its own (Staff involved) is just its text.
  const sections: { title: string; plain: string[]; items: { label: string; text: string }[] }[] = [];
  for (const step of answered) {
    const fitted = fitEscaped(record.answers.get(step.id)!.text, limit);
    if (fitted.cut) shortenedCount++;
    let section = sections.find((s) => s.title === escapeMarkdown(step.section));
    if (!section) sections.push((section = { title: escapeMarkdown(step.section), plain: [], items: [] }));
    const label = step.lens ?? (step.title === step.section ? undefined : step.title);
    if (label) section.items.push({ label: escapeMarkdown(label), text: fitted.text });
    else section.plain.push(fitted.text);
  }
  const awaited = request.responderIds.filter((id) => !responses.get(id)?.text);
  const own = view.responder ? responses.get(view.responder) : undefined;
  const actions = actionRows(view);
  // The actions' boxes (owners and months for each) take room the handed-back response gives up.
  const handback = RESPONSE_HANDBACK_BYTES - (actions.some((a) => a.triage) ? TRIAGE_BYTES : 0);
  const drafted = handBack(view.draft ?? own?.text ?? '', handback);
  const data = {
    visitId: visit.id,
    revision: request.revision,
    ...(view.responder ? { actions: actions.filter((a) => a.triage).map((a) => a.key) } : {}),
  };
  return compiled.expand({
    $root: {
      refreshData: { visitId: visit.id },
      refreshUserIds: request.responderIds.map(userMri),
      heading: escapeMarkdown(`Response requested: ${visit.serviceName}, visit of ${formatDay(visit.date)}`),
      byline: escapeMarkdown(
        `Councillors: ${visit.councillorNames.join(', ')}. Submitted by ${visit.submittedByName ?? 'a councillor'} on ` +
          `${formatMoment(visit.submittedAt ?? '')}.`,
      ),
      status:
        awaited.length === 0
          ? `All responses received${request.completedAt ? ` (${formatMoment(request.completedAt)})` : ''}.`
          : escapeMarkdown(`Awaiting a response from: ${awaited.map((id) => nameOf(record, id)).join(', ')}`),
      statusStyle: awaited.length === 0 ? 'good' : 'warning',
      sections,
      shortened:
        shortenedCount > 0
          ? `${shortenedCount} long answer(s) are shortened here to fit a Teams message (${limit.toLocaleString('en-GB')} characters each); the partnerships team holds the full form.`
          : '',
      responses: request.responderIds.map((id) => {
        const response = responses.get(id);
        // Cut after escaping, as the answers are: escaping can double a text's length.
        const room = Math.floor(REQUEST_RESPONSE_BUDGET / request.responderIds.length);
        const shown = response?.text ? fitEscaped(response.text, room).text : undefined;
        return {
          who: escapeMarkdown(
            `${response?.name ?? nameOf(record, id)}${response?.title ? `, ${response.title}` : ''}`,
          ),
          text: shown ? `${shown}${response!.edited ? ' _(edited)_' : ''}` : '_Awaited_',
          awaited: !response?.text,
        };
      }),
      actions,
      actionsHint: actions.some((a) => a.triage)
        ? 'For each: leave it for now, agree it with an owner and a target month, say it is already in hand, or decline it with a reason. Your choices are saved with your response.'
        : '',
      owners: (view.owners ?? []).map((p) => ({ title: p.name, value: p.aadObjectId })),
      months: (view.months ?? []).map((m) => ({ title: formatMonth(m), value: m })),
      responding: view.responder !== undefined,
      notice: escapeMarkdown([view.notice, drafted.cut].filter(Boolean).join(' ')),
      responseLabel: `Your response (up to ${MAX_ANSWER_CHARS.toLocaleString('en-GB')} characters)`,
      ownResponse: drafted.value,
      buttons: view.responder
        ? [
            {
              title: own ? 'Update my response' : 'Send response',
              verb: VERB.responseSubmit,
              style: 'positive',
              associatedInputs: 'auto',
              data,
            },
          ]
        : [{ title: 'Respond', verb: VERB.responseOpen, style: 'default', associatedInputs: 'none', data }],
    },
  }) as object;
}

/** The card's action rows; the first few proposed ones get a responder's boxes (with what they chose, if refused). */
function actionRows(view: RequestView) {
  const all = view.actions ?? [];
  const room = Math.min(
    MAX_ACTION_CHARS,
    Math.max(MIN_EXCERPT, Math.floor(REQUEST_ACTION_BUDGET / Math.max(1, all.length))),
  );
  let open = 0;
  return all.map((action) => {
    const triage = view.responder !== undefined && action.status === 'proposed' && open < MAX_TRIAGE;
    const index = triage ? open++ : -1;
    const kept = view.triage?.find((t) => t.actionId === action.id);
    return {
      text: fitEscaped(action.text, room).text,
      state:
        action.status === 'proposed' && view.responder !== undefined && !triage
          ? 'Proposed: decide it once those above are decided.'
          : actionState(action),
      triage,
      key: { id: action.id, etag: action.etag },
      prefix: `a${index}`,
      choice: kept?.choice ?? 'leave',
      ownerId: kept?.ownerId ?? '',
      team: kept?.team ?? '',
      month: kept?.month ?? '',
      note: kept?.note ?? '',
    };
  });
}

/** The text escaped for a card, cut (with an ellipsis) so that the escaped form fits in `room` characters. */
function fitEscaped(text: string, room: number): { text: string; cut: boolean } {
  const whole = escapeMarkdown(text);
  if (whole.length <= room) return { text: whole, cut: false };
  let take = room;
  let shown = escapeMarkdown(text.slice(0, take));
  while (shown.length > room - 1) {
    take -= Math.max(1, shown.length - room + 1);
    shown = escapeMarkdown(text.slice(0, take));
  }
  return { text: `${shown}…`, cut: true };
}

function nameOf(record: VisitRecord, responderId: string): string {
  const request = record.request!;
  return request.responderNames[request.responderIds.indexOf(responderId)] ?? 'a responder';
}
