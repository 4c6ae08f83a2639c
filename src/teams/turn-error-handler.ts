import { randomBytes } from 'node:crypto';
import type { TurnContext } from 'botbuilder';
import type { Logger } from '../kernel/log';

/** A short id the user can quote and support can find in the log. */
export const newReference = (): string => randomBytes(4).toString('hex').toUpperCase();

/**
 * The one place a failed turn ends up: the log gets the activity, the sender and the error; the person gets
 * a short apology with a reference id, never a stack.
 */
export function createTurnErrorHandler(log: Logger, reference: () => string = newReference) {
  return async (context: TurnContext, error: Error): Promise<void> => {
    const ref = reference();
    const { activity } = context;
    const value = activity.value as { action?: { verb?: unknown } } | undefined;
    log.error('Turn failed', {
      reference: ref,
      activityId: activity.id,
      type: activity.type,
      user: activity.from?.aadObjectId,
      verb: value?.action?.verb,
      error,
    });
    const message =
      `Sorry, something went wrong on our side. Please try again; if it keeps happening, ` +
      `tell the partnerships team and quote reference ${ref}.`;
    try {
      if (activity.type === 'invoke') {
        await context.sendActivity({
          type: 'invokeResponse',
          value: {
            status: 200,
            body: { statusCode: 500, type: 'application/vnd.microsoft.error', value: { code: ref, message } },
          },
        });
      } else {
        await context.sendActivity(message);
      }
    } catch (sendError) {
      log.error('Could not tell the user about a failed turn', { reference: ref, error: sendError });
    }
  };
}
