import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import JSZip from 'jszip';
import type { SubjectAccess } from '../records/types';

/** The zip's file name for a person: their id, never their name (it may be copied about). */
export const subjectAccessFileName = (access: SubjectAccess): string =>
  `Subject access ${access.person.aadObjectId} ${access.generatedAt.slice(0, 10)}.zip`;

/** The JSON files, and what each holds, for the summary. */
const FILES = [
  ['person.json', 'the directory entry', (a: SubjectAccess) => [a.person]],
  ['visits.json', 'visits named on or written in, with answers, responses and amendments', (a) => a.visits],
  ['actions.json', 'actions owned, decided or followed up', (a) => a.actions],
  ['bookings.json', 'rota bookings the person is on or booked, moved or cancelled', (a) => a.bookings],
  ['holds.json', 'legal holds the person placed or lifted', (a) => a.holds],
  ['audit.json', 'audit trail entries by or about the person', (a) => a.audit],
  ['messages.json', 'messages (cards, reminders, nudges) sent or queued to the person', (a) => a.messages],
] as const satisfies readonly (readonly [string, string, (a: SubjectAccess) => readonly unknown[]])[];

/** The subject access zip: one JSON file per kind of record, a readable Word copy and a summary of what is in it. */
export async function writeSubjectAccessZip(access: SubjectAccess): Promise<Buffer> {
  const zip = new JSZip();
  for (const [name, , rows] of FILES) zip.file(name, `${JSON.stringify(rows(access), null, 2)}\n`);
  zip.file('Records.docx', await readableCopy(access));
  zip.file('summary.txt', summary(access));
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

function summary(access: SubjectAccess): string {
  const answers = access.visits.reduce((n, v) => n + v.answers.length, 0);
  const responses = access.visits.reduce((n, v) => n + v.responses.length, 0);
  const amendments = access.visits.reduce((n, v) => n + v.amendments.length, 0);
  return [
    `Subject access export for ${access.person.name} (${access.person.email}), made ${access.generatedAt}.`,
    '',
    'What is included:',
    ...FILES.map(([name, what, rows]) => `  ${name}: ${rows(access).length} — ${what}`),
    `  (in the visits: ${answers} answers, ${responses} responses, ${amendments} amendments)`,
    '  Records.docx: the same records to read.',
    '',
    'Where these records name other people, they are shown by their role ("Another councillor", "Head of',
    'service", "Partnerships officer", "Another person") instead of their name, email or id. Text a person typed',
    '(answers, responses, notes) is as they wrote it and may name someone: read it before sending.',
    '',
  ].join('\r\n');
}

async function readableCopy(access: SubjectAccess): Promise<Buffer> {
  const heading = (text: string) => new Paragraph({ text, heading: HeadingLevel.HEADING_1 });
  const sub = (text: string) => new Paragraph({ text, heading: HeadingLevel.HEADING_2 });
  const line = (label: string, text: string) =>
    new Paragraph({ children: [new TextRun({ text: `${label}: `, bold: true }), new TextRun(text)] });
  const { person } = access;
  const children: Paragraph[] = [
    new Paragraph({ text: `Records held about ${person.name}`, heading: HeadingLevel.TITLE }),
    line('Email', person.email),
    line('Role', person.title ?? person.role),
    line('Made', access.generatedAt),
    heading('Visits'),
  ];
  for (const v of access.visits) {
    children.push(sub(`${v.visit.serviceName}, ${v.visit.date}`));
    children.push(line('Councillors', v.visit.councillorNames.join(', ')));
    children.push(line('Status', v.visit.status));
    for (const a of v.answers) children.push(line(a.stepId, a.text));
    for (const r of v.responses) children.push(line(`Response from ${r.name}`, r.text));
    for (const a of v.amendments) children.push(line(`Amended by ${a.byName} (${a.reason})`, a.previousText));
  }
  children.push(heading('Actions'));
  for (const a of access.actions) children.push(line(`${a.serviceName}, ${a.status}`, a.text));
  children.push(heading('Bookings'));
  for (const b of access.bookings) children.push(line(`${b.day} ${b.time}`, `${b.serviceId}, ${b.status}`));
  children.push(heading('Legal holds'));
  for (const h of access.holds)
    children.push(line(h.placedAt, `${h.subject.kind} ${h.subject.id}: ${h.reason}`));
  children.push(heading('Audit trail'));
  for (const e of access.audit) children.push(line(e.at, `${e.kind} by ${e.by.name}`));
  children.push(heading('Messages'));
  for (const m of access.messages) children.push(line(`${m.createdAt} (${m.status})`, m.summary));
  const doc = new Document({ creator: 'Frontline Visits', sections: [{ children }] });
  return Packer.toBuffer(doc);
}
