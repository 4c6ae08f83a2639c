import { Template } from 'adaptivecards-templating';
import sinceTemplate from '../../adaptive-cards/since-last-visit.json';
import type { Action, ActionEvent } from '../actions/types';
import { formatDay, formatMoment } from '../kernel/london';
import type { ImpactChoice } from '../visits/outcome';
import { MAX_IMPACT_NOTE_CHARS, type ImpactsInput, type ShownAction } from '../visits/since-last-visit';
import type { VisitRecord } from '../visits/types';
import { actionState } from './action-view';
import { escapeMarkdown } from './escape';
import { renderNotSaved } from './not-saved-card';
import { VERB } from './verbs';
import { button, visitLine, withInputs } from './visit-view';

const template = new Template(sinceTemplate);

/** What a "Since the last visit" card draws: the new visit, its service's actions as they stand, the choices. */
export interface SinceLastVisitView {
  readonly record: VisitRecord;
  readonly actions: readonly Action[];
  readonly chosen: ReadonlyMap<string, ImpactChoice>;
  readonly notice?: string;
}

/** The data both buttons carry: the visit, and each action's id and version as shown (a stale click is caught). */
export interface SinceLastVisitData {
  readonly visitId: string;
  readonly shown: readonly ShownAction[];
  readonly label: string;
}

/** The inputs of the action at `index`: its choice and its note. */
export const impactInputId = (index: number): string => `impact-${index}`;
export const noteInputId = (index: number): string => `note-${index}`;

/**
 * Before a new visit's first question: each of the service's actions from earlier visits with its status and the
 * notes on it, and per action "Did staff say it made a difference?" with an optional note.
 */
export function renderSinceLastVisit(view: SinceLastVisitView): object {
  const { record, actions } = view;
  const last =
    actions
      .map((a) => a.visitDate)
      .sort()
      .at(-1) ?? record.visit.date;
  const data: SinceLastVisitData = {
    visitId: record.visit.id,
    shown: actions.map((a) => ({ id: a.id, etag: a.etag })),
    label: visitLine(record),
  };
  const severalVisits = new Set(actions.map((a) => a.visitId)).size > 1;
  return template.expand({
    $root: {
      visitLine: visitLine(record),
      heading: `Since the last visit to ${escapeMarkdown(record.visit.serviceName)} (${formatDay(last)})`,
      notice: view.notice ? escapeMarkdown(view.notice) : '',
      intro:
        'What earlier visits asked for, and where it stands. Ask staff whether it made a difference; answer ' +
        'those you asked about, then start the questions.',
      actions: actions.map((action, index) => {
        const chosen = view.chosen.get(action.id);
        return {
          text: escapeMarkdown(action.text),
          status: [
            severalVisits ? `From the visit of ${formatDay(action.visitDate)}` : '',
            actionState(action, { withNote: false }),
          ]
            .filter(Boolean)
            .join(' · '),
          // A decline's reason is its status line already: not repeated as a note.
          notes: action.history
            .filter((e) => e.note && !(action.status === 'declined' && e.note === action.reason))
            .map(noteLine)
            .join('\n'),
          impactId: impactInputId(index),
          noteId: noteInputId(index),
          madeDifference: chosen?.madeDifference ?? '',
          note: chosen?.note ?? '',
          maxNote: MAX_IMPACT_NOTE_CHARS,
        };
      }),
      buttons: [
        withInputs(button('Save and start the questions', VERB.visitRecordImpacts, data, 'positive')),
        button('Skip to the questions', VERB.visitSkipToQuestions, { visitId: record.visit.id }),
      ],
    },
  }) as object;
}

/** "- “Recruiting two posts” — Dana Whitfield, 3 Dec 2026", escaped. */
const noteLine = (event: ActionEvent): string =>
  `- ${escapeMarkdown(`“${event.note}” — ${event.byName}, ${formatMoment(event.at).split(',')[0]}`)}`;

const CHOICE_TITLES: Readonly<Record<string, string>> = {
  yes: 'Yes',
  partly: 'Partly',
  no: 'No',
  'not yet known': 'Not yet known',
};

/**
 * The Save that storage did not answer: nothing was recorded; each choice rides on the button again and each
 * note is back in its box, so "Save again" sends the same (checked against the actions as they then stand).
 */
export function renderImpactsNotSaved(input: ImpactsInput, label: string): object {
  const answered = input.impacts
    .map((impact, index) => ({ impact, index }))
    .filter(({ impact }) => impact.madeDifference !== '' || impact.note !== '');
  return renderNotSaved({
    label,
    fields: answered.map(({ impact, index }) => ({
      id: noteInputId(index),
      label: `Action ${index + 1}, made a difference: ${CHOICE_TITLES[impact.madeDifference] ?? 'not chosen'}. What they said`,
      value: impact.note,
    })),
    button: 'Save again',
    verb: VERB.visitRecordImpacts,
    data: {
      visitId: input.visitId,
      shown: input.shown,
      label,
      ...Object.fromEntries(
        answered.map(({ impact, index }) => [impactInputId(index), impact.madeDifference]),
      ),
    },
  });
}
