import type { ActivityHandler, CloudAdapter, Request, Response } from 'botbuilder';

/** The handler for POST /api/messages: the adapter authenticates the request and runs the bot. */
export function createMessagesHandler(adapter: CloudAdapter, bot: ActivityHandler) {
  return (req: Request, res: Response): Promise<void> =>
    adapter.process(req, res, (context) => bot.run(context));
}
