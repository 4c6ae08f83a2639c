import { LineCounter, parseDocument, isMap, isSeq, type Document } from 'yaml';
import { ROLES, type Directory, type Person, type Role, type Service } from './types';

export type ParseResult = { ok: true; directory: Directory } | { ok: false; errors: string[] };

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const SERVICE_ID = /^[a-z0-9][a-z0-9-]{1,62}$/;
const DEFAULT_CADENCE_MONTHS = 5;
const PERSON_KEYS = ['name', 'aadObjectId', 'email', 'role', 'title'];
const SERVICE_KEYS = ['id', 'name', 'cadenceMonths', 'responders', 'reportHeading'];

/**
 * Validates a whole directory file. Every problem is reported at once, each naming the entry, its line and
 * the field, so that a file is either accepted whole or rejected whole.
 */
export function parseDirectory(text: string): ParseResult {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true });
  if (doc.errors.length > 0) {
    return { ok: false, errors: doc.errors.map((e) => `YAML syntax: ${e.message.split('\n')[0]}`) };
  }
  const root: unknown = doc.toJS();
  if (!isRecord(root))
    return { ok: false, errors: ['The file must be a mapping with "people" and "services".'] };

  const errors: string[] = [];
  const where = (section: string, index: number, label: unknown): string => {
    const line = lineOf(doc, lineCounter, [section, index]);
    const name = typeof label === 'string' && label.trim() ? ` "${label.trim()}"` : '';
    return `${section}[${index}]${name}${line ? ` (line ${line})` : ''}`;
  };
  for (const key of Object.keys(root)) {
    if (key !== 'people' && key !== 'services')
      errors.push(`Unknown top-level key "${key}" (expected people, services).`);
  }
  const rawPeople = sequence(root, 'people', errors);
  const rawServices = sequence(root, 'services', errors);

  const people: Person[] = [];
  const byEmail = new Map<string, Person>();
  const seenIds = new Set<string>();
  const seenEmails = new Set<string>();
  rawPeople.forEach((raw, index) => {
    const at = where('people', index, isRecord(raw) ? raw.name : undefined);
    const person = readPerson(raw, (problem) => errors.push(`${at}: ${problem}`));
    const id = lowerText(raw, 'aadObjectId');
    const email = lowerText(raw, 'email');
    if (id && seenIds.has(id)) errors.push(`${at}: aadObjectId ${id} is listed twice.`);
    if (email && seenEmails.has(email)) errors.push(`${at}: email ${email} is listed twice.`);
    if (id) seenIds.add(id);
    if (email) seenEmails.add(email);
    if (!person) return;
    byEmail.set(person.email, person);
    people.push(person);
  });

  const services: Service[] = [];
  const serviceIds = new Set<string>();
  rawServices.forEach((raw, index) => {
    const at = where('services', index, isRecord(raw) ? raw.name : undefined);
    const service = readService(raw, index, byEmail, (problem) => errors.push(`${at}: ${problem}`));
    const id = lowerText(raw, 'id');
    if (id && serviceIds.has(id)) errors.push(`${at}: id "${id}" is listed twice.`);
    if (id) serviceIds.add(id);
    if (service) services.push(service);
  });

  return errors.length > 0 ? { ok: false, errors } : { ok: true, directory: { people, services } };
}

function readPerson(raw: unknown, fail: (problem: string) => void): Person | undefined {
  if (!isRecord(raw)) return (fail('must be a mapping with name, aadObjectId, email and role.'), undefined);
  const problems: string[] = [];
  const report = (problem: string): void => void problems.push(problem);
  unknownKeys(raw, PERSON_KEYS, report);
  const name = text(raw.name, 'name', report);
  const aadObjectId = text(raw.aadObjectId, 'aadObjectId', report);
  if (aadObjectId && !GUID.test(aadObjectId))
    report(`aadObjectId must be a GUID (the person's Entra object id).`);
  const email = text(raw.email, 'email', report)?.toLowerCase();
  if (email && !EMAIL.test(email)) report(`email "${email}" is not an email address.`);
  const role = text(raw.role, 'role', report);
  if (role && !ROLES.includes(role as Role))
    report(`role must be one of ${ROLES.join(', ')}, not "${role}".`);
  const title = raw.title === undefined ? undefined : text(raw.title, 'title', report);
  problems.forEach(fail);
  if (problems.length > 0 || !name || !aadObjectId || !email || !role) return undefined;
  return {
    name,
    aadObjectId: aadObjectId.toLowerCase(),
    email,
    role: role as Role,
    ...(title ? { title } : {}),
  };
}

function readService(
  raw: unknown,
  order: number,
  byEmail: ReadonlyMap<string, Person>,
  fail: (problem: string) => void,
): Service | undefined {
  if (!isRecord(raw)) return (fail('must be a mapping with id, name and responders.'), undefined);
  const problems: string[] = [];
  const report = (problem: string): void => void problems.push(problem);
  unknownKeys(raw, SERVICE_KEYS, report);
  const id = text(raw.id, 'id', report);
  if (id && !SERVICE_ID.test(id)) report(`id "${id}" must be 2-63 lower-case letters, digits or hyphens.`);
  const name = text(raw.name, 'name', report);
  const cadenceMonths = raw.cadenceMonths ?? DEFAULT_CADENCE_MONTHS;
  if (!Number.isInteger(cadenceMonths) || (cadenceMonths as number) < 1 || (cadenceMonths as number) > 24) {
    report(`cadenceMonths must be a whole number of months from 1 to 24.`);
  }
  const responderIds: string[] = [];
  if (!Array.isArray(raw.responders) || raw.responders.length === 0) {
    report('responders must list at least one responder by email.');
  } else {
    for (const entry of raw.responders) {
      const email = typeof entry === 'string' ? entry.trim().toLowerCase() : '';
      const person = byEmail.get(email);
      if (!person) report(`responder "${String(entry)}" is not in people.`);
      else if (person.role !== 'responder')
        report(`responder ${email} has role ${person.role}, not responder.`);
      else if (responderIds.includes(person.aadObjectId)) report(`responder ${email} is listed twice.`);
      else responderIds.push(person.aadObjectId);
    }
  }
  const reportHeading =
    raw.reportHeading === undefined ? undefined : text(raw.reportHeading, 'reportHeading', report);
  problems.forEach(fail);
  if (problems.length > 0 || !id || !name) return undefined;
  return {
    id,
    name,
    cadenceMonths: cadenceMonths as number,
    responderIds,
    order,
    ...(reportHeading ? { reportHeading } : {}),
  };
}

function text(value: unknown, field: string, report: (problem: string) => void): string | undefined {
  if (typeof value !== 'string' || value.trim() === '') {
    report(`${field} is required and must be text.`);
    return undefined;
  }
  if (value.length > 200) {
    report(`${field} is longer than 200 characters.`);
    return undefined;
  }
  return value.trim();
}

function unknownKeys(
  raw: Record<string, unknown>,
  allowed: string[],
  report: (problem: string) => void,
): void {
  for (const key of Object.keys(raw)) {
    if (!allowed.includes(key)) report(`unknown field "${key}" (expected ${allowed.join(', ')}).`);
  }
}

function sequence(root: Record<string, unknown>, key: string, errors: string[]): unknown[] {
  const value = root[key];
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    errors.push(`"${key}" must be a list.`);
    return [];
  }
  return value;
}

function lineOf(doc: Document, lineCounter: LineCounter, path: (string | number)[]): number | undefined {
  const node: unknown = doc.getIn(path, true);
  const range = (node as { range?: [number, number, number] } | undefined)?.range;
  if (!range || !(isMap(node) || isSeq(node))) return undefined;
  return lineCounter.linePos(range[0]).line;
}

/** A field's text, trimmed and lower-cased: duplicates are found even in entries with other problems. */
function lowerText(raw: unknown, field: string): string | undefined {
  const value = isRecord(raw) ? raw[field] : undefined;
  return typeof value === 'string' && value.trim() ? value.trim().toLowerCase() : undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
