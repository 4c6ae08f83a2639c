import type { Middleware, TurnContext } from 'botbuilder';
import type { Logger } from '../kernel/log';
import { tenantOf } from './activity-facts';

/**
 * Drops every activity from a tenant not on the list: no reply, nothing stored. Bot Framework's token check
 * does not look at tenants, so this is our gate. An empty list lets every tenant in (local mode only).
 */
export function createTenantFilter(allowedTenantIds: readonly string[], log: Logger): Middleware {
  const allowed = new Set(allowedTenantIds.map((id) => id.toLowerCase()));
  return {
    async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
      if (allowed.size === 0) return next();
      const tenant = tenantOf(context.activity);
      if (tenant && allowed.has(tenant)) return next();
      log.warn('Dropped an activity from a tenant that is not allowed', {
        tenant: tenant ?? '(none)',
        activityId: context.activity.id,
        type: context.activity.type,
      });
    },
  };
}
