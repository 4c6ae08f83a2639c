import { createHash } from 'node:crypto';
import type { Clock } from '../kernel/clock';
import type { Logger } from '../kernel/log';
import type { NewMessage } from '../outbox/types';
import type { LeaseRepository } from './store';
import type { NudgeRepository } from './store';
import type { OutboxStore } from '../outbox/store';
import { weeklyDigest, type Digest } from './digest';
import { evaluate } from './rules';
import { type Nudge, type NudgeSettings, type NudgeState } from './types';

export interface NudgeSchedulerDeps {
  readonly leases: LeaseRepository;
  readonly nudges: NudgeRepository;
  readonly state: () => Promise<NudgeState>;
  readonly outbox: OutboxStore;
  readonly settings: NudgeSettings;
  readonly instanceId: string;
  readonly leaseMs: number;
  readonly clock: Clock;
  readonly log: Logger;
  readonly queued: () => void;
  /** The activity a nudge is sent as. */
  readonly render: (nudge: Nudge) => Record<string, unknown>;
  /** The weekly digest as changed at `now`: its one-line summary and the activity it is sent as. */
  readonly renderDigest: (
    digest: Digest,
    now: Date,
  ) => { summary: string; activity: Record<string, unknown> };
}

/** What one pass would queue at a moment: every nudge due by then, and the digest's post or update if any. */
export interface NudgePass {
  readonly nudges: readonly { nudge: Nudge; message: NewMessage }[];
  readonly digest?: {
    readonly digest: Digest;
    readonly message: NewMessage;
    readonly save: { weekOf: string; hash: string; version: number; etag?: string };
  };
}

/** A nudge's outbox id: its deterministic key, made safe for a row key. */
export const nudgeMessageId = (nudge: Nudge): string => `nudge.${nudge.key.replace(/[/\\#?]/g, '_')}`;

/**
 * One pass of the nudge rules: the instance holding the lease evaluates (now, state) and queues every nudge
 * in the outbox under its deterministic key. A key already queued is not queued again, so each nudge is sent
 * once however many passes or instances run. The week's digest is posted once and updated when it changes.
 */
export function createNudgeScheduler(deps: NudgeSchedulerDeps) {
  /** This week's digest post, or an update of it when what it shows has changed; undefined when neither. */
  async function digestMessage(digest: Digest | undefined, now: Date): Promise<NudgePass['digest']> {
    if (!digest) return undefined;
    const hash = createHash('sha256').update(JSON.stringify(digest.sections)).digest('hex').slice(0, 16);
    const record = await deps.nudges.digest(digest.weekOf);
    if (record?.hash === hash) return undefined;
    if (!record && !digest.mayPost) return undefined; // not posted on its day: never caught up later
    const postId = `digest.${digest.weekOf}`;
    const version = record ? record.version + 1 : 0;
    const message = { to: { kind: 'partnerships' } as const, ...deps.renderDigest(digest, now) };
    // The hash is in the update's id: if this instance dies before the record is saved, the next pass
    // queues what it sees under another id, rather than being taken for the update already queued.
    const queued: NewMessage = record
      ? {
          ...message,
          id: `${postId}.v${String(version).padStart(4, '0')}.${hash}`,
          kind: 'update',
          replaces: postId,
        }
      : { ...message, id: postId, kind: 'post' };
    return {
      digest,
      message: queued,
      save: { weekOf: digest.weekOf, hash, version, ...(record ? { etag: record.etag } : {}) },
    };
  }

  /** What a pass at `now` would queue, read from storage; queues nothing. */
  async function plan(now: Date): Promise<NudgePass> {
    const state = await deps.state();
    const nudges = evaluate(now, state, deps.settings).map((nudge) => ({
      nudge,
      message: {
        id: nudgeMessageId(nudge),
        to: nudge.to,
        kind: 'post' as const,
        summary: nudge.text,
        activity: deps.render(nudge),
      },
    }));
    const digest = await digestMessage(weeklyDigest(now, state, deps.settings), now);
    return { nudges, ...(digest ? { digest } : {}) };
  }

  /** Queues a pass's messages, to be sent from `sendFrom`; answers how many it queued (ids already queued count). */
  async function queue(pass: NudgePass, sendFrom: Date): Promise<number> {
    for (const { message } of pass.nudges) await deps.outbox.enqueue(message, sendFrom);
    if (pass.digest) {
      const { message, save } = pass.digest;
      await deps.outbox.enqueue(message, sendFrom);
      await deps.nudges.saveDigest(save.weekOf, save.hash, save.version, save.etag);
    }
    const count = pass.nudges.length + (pass.digest ? 1 : 0);
    if (count > 0) deps.queued();
    return count;
  }

  return {
    plan,
    queue,
    async tick(): Promise<number> {
      const now = deps.clock.now();
      const until = new Date(now.getTime() + deps.leaseMs);
      if (!(await deps.leases.acquire('nudges', deps.instanceId, now, until))) return 0;
      return queue(await plan(now), now);
    },
  };
}

export type NudgeScheduler = ReturnType<typeof createNudgeScheduler>;
