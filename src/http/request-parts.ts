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
