import type { AuditKind, AuditRecordRef } from './types';

/** What each kind of entry says was done, as a person reads it in the tab and the CSV. */
export const AUDIT_WORDS: Readonly<Record<AuditKind, string>> = {
  'visit.submitted': 'Submitted a visit report',
  'visit.amended': 'Amended a submitted visit report',
  'response.sent': 'Sent a response to a visit',
  'response.corrected': 'Corrected a response',
  'action.decided': 'Decided an action',
  'action.updated': 'Updated an action',
  'booking.made': 'Booked a visit',
  'booking.moved': 'Moved a booked visit',
  'booking.cancelled': 'Cancelled a booked visit',
  'nudge.snoozed': 'Snoozed a reminder',
  'nudge.handled': 'Dealt with a reminder',
  'channel.linked': 'Linked a Teams channel',
  'directory.loaded': 'Loaded the directory',
  'report.edited': 'Edited the committee report',
  'report.exported': 'Exported the committee report',
  'retention.deleted': 'Deleted records past their retention period',
  'hold.placed': 'Placed a hold on deletion',
  'hold.lifted': 'Lifted a hold on deletion',
  'subject-access.exported': 'Exported a person’s records (subject access)',
  'person.erased': 'Erased a person’s details',
};

const RECORD_WORDS: Readonly<Record<AuditRecordRef['kind'], string>> = {
  visit: 'Visit',
  booking: 'Booking',
  nudge: 'Reminder',
  channel: 'Channel',
  directory: 'Directory',
  report: 'Report',
  action: 'Action',
  person: 'Person',
  service: 'Service',
  hold: 'Hold',
  retention: 'Retention',
};

/** "Visit 6f1c…", "Report 2025-26": the record's kind in words, then its id. */
export const recordWords = ({ kind, id }: AuditRecordRef): string => `${RECORD_WORDS[kind] ?? kind} ${id}`;

/** An entry's kind in words; a kind this version does not know is shown as stored. */
export const kindWords = (kind: AuditKind): string => AUDIT_WORDS[kind] ?? kind;
