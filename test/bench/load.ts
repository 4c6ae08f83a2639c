import { randomUUID } from 'node:crypto';

/** What one simulated councillor sends, and the bot's latency for each. */
export interface Sample {
  readonly kind: 'start' | 'create' | 'step' | 'submit';
  readonly ms: number;
}

type Card = Record<string, unknown>;
type Json = Record<string, unknown>;

export interface Target {
  readonly url: string;
  readonly serviceUrl: string;
  readonly tenantId: string;
}

export interface Councillor {
  readonly id: string;
  readonly aadObjectId: string;
  readonly name: string;
}

const ANSWER = 'The team described good supervision and manageable caseloads; '.repeat(6);

function activity(target: Target, who: Councillor, fields: Json): Json {
  return {
    id: randomUUID(),
    channelId: 'msteams',
    serviceUrl: target.serviceUrl,
    timestamp: new Date().toISOString(),
    from: { id: who.id, name: who.name, aadObjectId: who.aadObjectId },
    recipient: { id: '28:bench-bot', name: 'Frontline Visits' },
    conversation: { id: `a:bench-${who.id}`, conversationType: 'personal', tenantId: target.tenantId },
    channelData: { tenant: { id: target.tenantId } },
    ...fields,
  };
}

async function post(target: Target, body: Json): Promise<Json> {
  const response = await fetch(target.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  if (response.status !== 200) throw new Error(`HTTP ${response.status}: ${text.slice(0, 200)}`);
  return text ? (JSON.parse(text) as Json) : {};
}

function invoke(target: Target, who: Councillor, verb: string, data: Json): Promise<Card> {
  const body = activity(target, who, {
    type: 'invoke',
    name: 'adaptiveCard/action',
    value: { action: { type: 'Action.Execute', verb, data }, trigger: 'manual' },
  });
  return post(target, body).then((response) => {
    if (response.statusCode !== 200)
      throw new Error(`invoke failed: ${JSON.stringify(response).slice(0, 200)}`);
    return response.value as Card;
  });
}

/** The first Action.Execute on a card whose title matches. */
function findAction(card: unknown, title: RegExp): { verb: string; data: Json } | undefined {
  if (Array.isArray(card)) {
    for (const item of card) {
      const found = findAction(item, title);
      if (found) return found;
    }
  } else if (card && typeof card === 'object') {
    const node = card as Json;
    if (node.type === 'Action.Execute' && title.test(String(node.title))) {
      return { verb: String(node.verb), data: node.data as Json };
    }
    for (const value of Object.values(node)) {
      const found = findAction(value, title);
      if (found) return found;
    }
  }
  return undefined;
}

/**
 * One complete walkthrough: `start`, create a visit, save every step, submit. `pace` is awaited before each
 * action and answers the moment the action was due (for open-loop latency); each sample is measured from it.
 */
export async function walkthrough(
  target: Target,
  who: Councillor,
  steps: number,
  pace: () => Promise<number>,
  record: (sample: Sample) => void,
): Promise<void> {
  const timed = async <T>(kind: Sample['kind'], run: () => Promise<T>): Promise<T> => {
    const due = await pace();
    const result = await run();
    record({ kind, ms: performance.now() - due });
    return result;
  };
  await timed('start', () => post(target, activity(target, who, { type: 'message', text: 'start' })));
  let card = await timed('create', () =>
    invoke(target, who, 'visit.create', { intent: 'create', serviceId: 'checs', date: '2026-11-20' }),
  );
  for (let step = 0; step < steps; step++) {
    const next = findAction(card, /^Save & (next|review)$/);
    if (!next) throw new Error(`no Save button on step ${step + 1}: ${JSON.stringify(card).slice(0, 300)}`);
    card = await timed('step', () =>
      invoke(target, who, next.verb, { ...next.data, answer: `${ANSWER}${step}` }),
    );
  }
  const submit = findAction(card, /^Submit$/) ?? { verb: 'visit.submit', data: {} };
  await timed('submit', () => invoke(target, who, submit.verb, { ...submit.data, confirmed: true }));
}
