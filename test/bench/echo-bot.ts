import {
  ActivityHandler,
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  type InvokeResponse,
  type TurnContext,
} from 'botbuilder';
import { createHttpServer } from '../../src/http/server';
import { createLogger } from '../../src/kernel/log';

/**
 * The benchmark's baseline: a bare botbuilder bot on the same HTTP stack, with no storage and no logic.
 * It echoes messages, and answers a card click with a card whose one button repeats the data it was sent.
 */
class EchoBot extends ActivityHandler {
  constructor() {
    super();
    this.onMessage(async (context, next) => {
      await context.sendActivity(`echo: ${context.activity.text ?? ''}`);
      await next();
    });
  }

  protected override async onInvokeActivity(context: TurnContext): Promise<InvokeResponse> {
    const action = (context.activity.value as { action?: { verb?: string; data?: object } }).action;
    const card = {
      type: 'AdaptiveCard',
      version: '1.5',
      body: [{ type: 'TextBlock', text: 'echo' }],
      actions: [{ type: 'Action.Execute', title: 'Save & next', verb: action?.verb, data: action?.data }],
    };
    return {
      status: 200,
      body: { statusCode: 200, type: 'application/vnd.microsoft.card.adaptive', value: card },
    };
  }
}

async function main(): Promise<void> {
  const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
  const bot = new EchoBot();
  const server = createHttpServer({
    handleMessages: (req, res) => adapter.process(req, res, (context) => bot.run(context)),
    health: async () => ({ ok: true }),
    log: createLogger(() => undefined),
  });
  const port = await server.listen(Number(process.env.PORT), '127.0.0.1');
  console.log(`echo bot listening on ${port}`);
  process.on('SIGTERM', () => void server.close().then(() => process.exit(0)));
}

void main();
