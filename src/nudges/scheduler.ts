import type { Clock } from '../clock';
import type { Logger } from '../log';
import type { OutboxStore } from '../storage/outbox-store';
import type { LeaseRepository } from '../storage/lease-repository';
import { evaluate, type Nudge, type NudgeSettings, type NudgeState } from './rules';

export interface NudgeSchedulerDeps {
  readonly leases: LeaseRepository;
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
}

/**
 * One pass of the nudge rules: the instance holding the lease evaluates (now, state) and queues every nudge
 * in the outbox under its deterministic key. A key already queued is not queued again, so each nudge is sent
 * once however many passes or instances run.
 */
export function createNudgeScheduler(deps: NudgeSchedulerDeps) {
  return {
    async tick(): Promise<number> {
      const now = deps.clock.now();
      const until = new Date(now.getTime() + deps.leaseMs);
      if (!(await deps.leases.acquire('nudges', deps.instanceId, now, until))) return 0;
      const nudges = evaluate(now, await deps.state(), deps.settings);
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
      if (nudges.length > 0) deps.queued();
      return nudges.length;
    },
  };
}
