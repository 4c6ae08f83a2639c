import { londonTime } from '../kernel/london';

export interface NudgesArgs {
  /** The moment to evaluate the rules at; undefined: now. */
  readonly now?: Date;
  /** Queue what is due in the outbox, for a running bot to post. */
  readonly send: boolean;
}

export const NUDGES_USAGE = [
  'Usage: npm run nudges -- [--now YYYY-MM-DDTHH:MM] [--send]',
  '  --now   the moment to run the nudge rules at, in UK time (for example 2027-01-04T09:00);',
  '          an ISO instant with Z or an offset is also accepted. Default: now.',
  '  --send  queue the nudges and digest in the outbox, so a running `npm start` posts them',
  '          (local mode only: MicrosoftAppId not set).',
].join('\n');

const LOCAL = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** Reads the command line; answers the reason when it is wrong. */
export function parseNudgesArgs(
  argv: readonly string[],
): { ok: true; args: NudgesArgs } | { ok: false; problem: string } {
  let now: Date | undefined;
  let send = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--send') send = true;
    else if (arg === '--now' || arg.startsWith('--now=')) {
      const value = arg === '--now' ? argv[++i] : arg.slice('--now='.length);
      const parsed = parseMoment(value);
      if (!parsed) {
        return {
          ok: false,
          problem: `--now needs a date and time such as 2027-01-04T09:00 (UK time), not "${value ?? ''}".`,
        };
      }
      now = parsed;
    } else return { ok: false, problem: `Unknown option "${arg}".` };
  }
  return { ok: true, args: { ...(now ? { now } : {}), send } };
}

/** "2027-01-04T09:00" as UK wall-clock time, or an ISO instant with its zone; undefined if neither or no such day. */
export function parseMoment(value: string | undefined): Date | undefined {
  if (!value) return undefined;
  const local = LOCAL.exec(value);
  if (local) {
    const [, day, time] = local as unknown as [string, string, string];
    const [h, m] = time.split(':').map(Number) as [number, number];
    const real = new Date(`${day}T00:00:00Z`);
    if (Number.isNaN(real.getTime()) || real.toISOString().slice(0, 10) !== day || h > 23 || m > 59)
      return undefined;
    return londonTime(day, time);
  }
  if (!INSTANT.test(value)) return undefined;
  const instant = new Date(value);
  return Number.isNaN(instant.getTime()) ? undefined : instant;
}
