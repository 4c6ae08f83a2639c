import type restify from 'restify';
import type { Clock } from '../kernel/clock';
import { lastMunicipalYear, parsePeriod } from '../report/period';
import type { Period } from '../report/types';
import { HttpProblem } from './api-route';

/** The period asked for (the last municipal year when none is), or 400 saying how to write one. */
export function readPeriod(typed: string | undefined, clock: Clock): Period {
  if (!typed) return lastMunicipalYear(clock.now());
  const period = parsePeriod(typed);
  if ('problem' in period) throw new HttpProblem(400, period.problem);
  return period;
}

/** A query parameter of the request's URL. */
export function query(req: restify.Request, name: string): string | undefined {
  return new URL(req.url ?? '/', 'http://localhost').searchParams.get(name) ?? undefined;
}

/** Could be a table key: at most 200 characters, none of them / \ # ? or a control character. */
// eslint-disable-next-line no-control-regex
export const isKey = (value: string): boolean => /^[^/\\#?\u0000-\u001f]{1,200}$/.test(value);

/** The request's JSON object, or 400. */
export function bodyOf(req: restify.Request): Record<string, unknown> {
  const body: unknown = req.body;
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new HttpProblem(400, 'Send a JSON object (Content-Type: application/json).');
  }
  return body as Record<string, unknown>;
}

/** A text field, trimmed; 400 naming it when it is missing (unless optional) or not text. */
export function text(body: Record<string, unknown>, field: string, { optional = false } = {}): string {
  const value = body[field];
  if (value === undefined && optional) return '';
  if (typeof value !== 'string' || value.length > 2_000 || (!optional && !value.trim())) {
    throw new HttpProblem(400, `Send ${field} as text; nothing was changed.`);
  }
  return value.trim();
}
