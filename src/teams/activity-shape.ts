import type { Parsed } from './actions/card-action';

/** A request body that passed the edge: a JSON object with a string `type`, its other fields checked as below. */
export interface ActivityShape extends Readonly<Record<string, unknown>> {
  readonly type: string;
  readonly id?: string;
}

/** Answers the first field that is wrong, named by its path, or undefined. */
type Check = (value: unknown, path: string) => string | undefined;
interface Field {
  readonly check: Check;
  readonly required?: boolean;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const aString: Check = (value, path) => (typeof value === 'string' ? undefined : `${path} must be a string`);
const aNonEmptyString: Check = (value, path) =>
  typeof value === 'string' && value !== '' ? undefined : `${path} must be a non-empty string`;
const aBoolean: Check = (value, path) =>
  typeof value === 'boolean' ? undefined : `${path} must be true or false`;
const anHttpUrl: Check = (value, path) =>
  typeof value === 'string' && /^https?:\/\//i.test(value) && URL.canParse(value)
    ? undefined
    : `${path} must be an http(s) URL`;

const anObject =
  (fields: Readonly<Record<string, Field>> = {}): Check =>
  (value, path) => {
    if (!isRecord(value)) return `${path} must be an object`;
    for (const [name, field] of Object.entries(fields)) {
      const at = path ? `${path}.${name}` : name;
      // null is taken as absent: handlers read every optional field defensively, and a channel may send it.
      if (value[name] === undefined || value[name] === null) {
        if (field.required) return `${at} is missing`;
        continue;
      }
      const problem = field.check(value[name], at);
      if (problem) return problem;
    }
    return undefined;
  };

const anArrayOf =
  (item: Check): Check =>
  (value, path) => {
    if (!Array.isArray(value)) return `${path} must be an array`;
    for (const [index, element] of value.entries()) {
      const problem = item(element, `${path}[${index}]`);
      if (problem) return problem;
    }
    return undefined;
  };

const optional = (check: Check): Field => ({ check });
const required = (check: Check): Field => ({ check, required: true });

const ACCOUNT = {
  id: required(aNonEmptyString),
  name: optional(aString),
  aadObjectId: optional(aString),
  role: optional(aString),
};
const account = anObject(ACCOUNT);
const conversation = anObject({
  ...ACCOUNT,
  conversationType: optional(aString),
  tenantId: optional(aString),
  isGroup: optional(aBoolean),
});

/** Every field the bot or botbuilder reads, checked where present (Bot Framework Activity spec, A2003). */
const FIELDS = {
  type: required(aNonEmptyString),
  id: optional(aString),
  channelId: optional(aString),
  serviceUrl: optional(anHttpUrl),
  from: optional(account),
  recipient: optional(account),
  conversation: optional(conversation),
  text: optional(aString),
  name: optional(aString),
  replyToId: optional(aString),
  locale: optional(aString),
  channelData: optional(anObject()),
  entities: optional(anArrayOf(anObject({ type: optional(aString) }))),
  attachments: optional(anArrayOf(anObject())),
  membersAdded: optional(anArrayOf(account)),
  membersRemoved: optional(anArrayOf(account)),
};
/**
 * The activities the bot answers need somewhere to answer to: the spec's channels always send who, to whom, in
 * which conversation and the service to reply through (A2060, A2070, A2080).
 */
const ANSWERED = new Set(['message', 'invoke', 'conversationUpdate']);
const answeredActivity = anObject({
  ...FIELDS,
  serviceUrl: required(anHttpUrl),
  from: required(account),
  recipient: required(account),
  conversation: required(conversation),
});
const otherActivity = anObject(FIELDS);

/**
 * Checks a POST /api/messages body before botbuilder sees it: a JSON object with a non-empty string `type`, and
 * every field the bot reads of the type it reads it as. The problem names the field, never its value.
 */
export function parseActivityShape(body: unknown): Parsed<ActivityShape> {
  if (!isRecord(body)) return { ok: false, problem: 'the body must be a JSON object' };
  const check = typeof body.type === 'string' && ANSWERED.has(body.type) ? answeredActivity : otherActivity;
  const problem = check(body, '');
  return problem ? { ok: false, problem } : { ok: true, value: body as ActivityShape };
}
