import assert from 'node:assert/strict';
import type { TurnContext } from 'botbuilder';
import sinon from 'sinon';
import { createLogger } from '../../../src/kernel/log';
import { createTurnErrorHandler } from '../../../src/teams/turn-error-handler';

function contextFor(type: string, sendActivity: sinon.SinonStub): TurnContext {
  const activity = {
    id: 'act-7',
    type,
    from: { id: '29:x', aadObjectId: 'user-1' },
    value: { action: { verb: 'visit.save-step' } },
  };
  return { activity, sendActivity } as unknown as TurnContext;
}

describe('turn error handler', () => {
  it('logs activity, user, verb and error; tells the user a short apology with the reference', async () => {
    const lines: string[] = [];
    const send = sinon.stub().resolves({ id: '1' });
    const handler = createTurnErrorHandler(
      createLogger((_l, line) => lines.push(line)),
      () => 'REF42',
    );
    await handler(contextFor('message', send), new Error('storage exploded'));

    assert.equal(lines.length, 1);
    assert.match(
      lines[0] ?? '',
      /Turn failed .*"reference":"REF42".*"activityId":"act-7".*"user":"user-1".*"verb":"visit.save-step".*storage exploded/,
    );
    const message = send.firstCall.args[0] as string;
    assert.match(message, /^Sorry, something went wrong on our side\..*reference REF42\.$/);
    assert.doesNotMatch(message, /exploded|Error|at /);
  });

  it('answers a failed card action with an error invoke response, not a chat message', async () => {
    const send = sinon.stub().resolves({ id: '1' });
    await createTurnErrorHandler(
      createLogger(() => undefined),
      () => 'REF9',
    )(contextFor('invoke', send), new Error('x'));
    const reply = send.firstCall.args[0] as {
      type: string;
      value: { status: number; body: { statusCode: number; value: { code: string } } };
    };
    assert.equal(reply.type, 'invokeResponse');
    assert.equal(reply.value.status, 200);
    assert.equal(reply.value.body.statusCode, 500);
    assert.equal(reply.value.body.value.code, 'REF9');
  });

  it('does not throw when even the apology cannot be sent', async () => {
    const lines: string[] = [];
    const send = sinon.stub().rejects(new Error('connector down'));
    await createTurnErrorHandler(
      createLogger((_l, line) => lines.push(line)),
      () => 'R',
    )(contextFor('message', send), new Error('x'));
    assert.match(lines[1] ?? '', /Could not tell the user/);
  });
});
