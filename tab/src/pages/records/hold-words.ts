import type { HoldView } from '../../../../src/http/api-types';
import { formatDay } from '../../format/dates';

/** What a hold covers, in words: "Cheshire East Consultation Service (ChECS)", "Visit to … on Tue 3 Nov 2026". */
export function holdSubject(hold: HoldView): string {
  const { kind, subjectName, visitDay, subjectId } = hold;
  if (kind === 'visit') {
    return subjectName && visitDay
      ? `Visit to ${subjectName} on ${formatDay(visitDay)}`
      : `Visit ${subjectId} (no longer stored)`;
  }
  return subjectName ?? `${kind === 'service' ? 'Service' : 'Person'} ${subjectId} (not in the directory)`;
}

/** The subject's id, as the command line and the audit trail name it, and how far the hold reaches. */
export function holdSubjectId({ kind, subjectId }: HoldView): string {
  if (kind === 'service') return `Service id ${subjectId}: every visit to it`;
  if (kind === 'person') return `Entra id ${subjectId}: every visit naming them`;
  return `Visit id ${subjectId}`;
}
