import type { ActivityHandler, CloudAdapter, Request, Response } from 'botbuilder';
import type { Logger } from '../kernel/log';
import { parseActivityShape } from './activity-shape';

/**
 * The handler for POST /api/messages. A body that is not an activity gets 400 before the adapter sees it (botbuilder
 * would throw, and restify answer 500, before even authenticating); the adapter authenticates the rest and runs the bot.
 */
export function createMessagesHandler(adapter: CloudAdapter, bot: ActivityHandler, log: Logger) {
  return async (req: Request, res: Response): Promise<void> => {
    const shape = parseActivityShape(req.body);
    if (!shape.ok) {
      const id = (req.body as { id?: unknown } | null | undefined)?.id;
      log.warn('Refused a request that is not a Bot Framework activity', {
        problem: shape.problem,
        ...(typeof id === 'string' ? { activityId: id.slice(0, 100) } : {}),
      });
      res.status(400);
      res.send({ error: `Not a Bot Framework activity: ${shape.problem}` });
      res.end();
      return;
    }
    await adapter.process(req, res, (context) => bot.run(context));
  };
}
