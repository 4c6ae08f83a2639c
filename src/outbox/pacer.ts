import type { Clock } from '../kernel/clock';

/** Teams' rate for one app in one tenant: about 50 requests a second, shared by every instance that sends. */
export const PER_TENANT_GAP_MS = Math.ceil(1000 / 50);

/** Spaces this instance's sends to its share of the tenant's rate: answers how long to wait before the next one. */
export function createTenantPacer(clock: Clock) {
  let last = -Infinity;
  return {
    /** `instances`: how many instances are sending now, each taking an equal share. */
    delayMs(instances: number): number {
      return Math.max(0, last + PER_TENANT_GAP_MS * Math.max(1, instances) - clock.now().getTime());
    },
    sent(): void {
      last = clock.now().getTime();
    },
  };
}
