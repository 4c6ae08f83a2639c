import { formatDay } from '../kernel/london';
import type { DraftReminder } from '../retention/types';
import { cardActivity } from './card-activity';
import { escapeMarkdown } from './escape';
import { renderNotice } from './notice-card';
import { VERB } from './verbs';
import { button } from './visit-view';

/** The reminder a councillor gets before a draft they are on is deleted: its one-line summary and activity. */
export function renderDraftReminder(reminder: DraftReminder, draftDays: number) {
  const { visit, idleDue, deleteOn } = reminder;
  // A draft idle longer than that (the job's first run, or days it did not run) still gets this notice first.
  const when = deleteOn > idleDue ? 'and never without this notice: this one' : 'so this one';
  const what = `the visit to ${escapeMarkdown(visit.serviceName)} on ${formatDay(visit.date)}`;
  return {
    summary: `Draft deletion reminder: ${visit.serviceName}, ${formatDay(visit.date)}`,
    activity: cardActivity(
      renderNotice(
        'Your draft form will be deleted',
        [
          `The form for ${what} was never submitted. Drafts are deleted ${draftDays} days after they were last changed, ${when} will be deleted on ${formatDay(deleteOn)}.`,
          'To keep it, continue the form and submit it before then.',
        ],
        [button('Continue the form', VERB.visitOpen, { visitId: visit.id }, 'positive')],
      ),
    ),
  };
}
