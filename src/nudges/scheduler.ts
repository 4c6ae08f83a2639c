import { createHash } from 'node:crypto';
import type { Clock } from '../clock';
import type { Logger } from '../log';
import type { NewMessage } from '../outbox/types';
import type { LeaseRepository } from '../storage/lease-repository';
import type { NudgeRepository } from '../storage/nudge-repository';
import type { OutboxStore } from '../storage/outbox-store';
import { weeklyDigest, type Digest } from './digest';
import { evaluate, type Nudge, type NudgeSettings, type NudgeState } from './rules';

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

/**
 * One pass of the nudge rules: the instance holding the lease evaluates (now, state) and queues every nudge
 * in the outbox under its deterministic key. A key already queued is not queued again, so each nudge is sent
 * once however many passes or instances run. The week's digest is posted once and updated when it changes.
 */
export function createNudgeScheduler(deps: NudgeSchedulerDeps) {
  /** Queues this week's digest post, or an update of it when what it shows has changed; true when queued. */
  async function publish(digest: Digest | undefined, now: Date): Promise<boolean> {
    if (!digest) return false;
    const hash = createHash('sha256').update(JSON.stringify(digest.sections)).digest('hex').slice(0, 16);
    const record = await deps.nudges.digest(digest.weekOf);
    if (record?.hash === hash) return false;
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
    await deps.outbox.enqueue(queued, now);
    await deps.nudges.saveDigest(digest.weekOf, hash, version, record?.etag);
    return true;
  }

  return {
    async tick(): Promise<number> {
      const now = deps.clock.now();
      const until = new Date(now.getTime() + deps.leaseMs);
      if (!(await deps.leases.acquire('nudges', deps.instanceId, now, until))) return 0;
      const state = await deps.state();
      const nudges = evaluate(now, state, deps.settings);
      for (const nudge of nudges) {
        await deps.outbox.enqueue(
          {
            id: `nudge.${nudge.key.replace(/[/\\#?]/g, '_')}`,
            to: nudge.to,
            kind: 'post',
            summary: nudge.text,
            activity: deps.render(nudge),
          },
          now,
        );
      }
      const digest = await publish(weeklyDigest(now, state, deps.settings), now);
      const count = nudges.length + (digest ? 1 : 0);
      if (count > 0) deps.queued();
      return count;
    },
  };
}
