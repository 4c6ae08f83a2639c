import { randomUUID } from 'node:crypto';
import { renderDigest } from '../cards/digest-card';
import { formatMoment } from '../kernel/london';
import { renderNudge } from '../cards/nudge-card';
import { createActions } from '../actions/actions';
import { createDirectoryLookup } from '../directory/directory';
import { createLogger } from '../kernel/log';
import { readNudgeState } from '../nudges/nudge-state';
import { DEFAULT_SETTINGS } from '../nudges/rules';
import { type Nudge } from '../nudges/types';
import { createNudgeScheduler, type NudgePass } from '../nudges/scheduler';
import type { Address } from '../outbox/types';
import { openStorage } from '../storage/open-storage';
import { STANDALONE } from '../storage/outbox-store';
import { createStores } from '../storage/stores';
import { loadForms } from '../visits/forms';
import { NUDGES_USAGE, parseNudgesArgs } from './nudges-args';
import { openAuditTrail } from '../audit/open-trail';
import type { CommandOptions } from './run-main';

/**
 * `npm run nudges`: runs the nudge rules at a moment against the configured storage and says, in words,
 * every nudge and the digest that would go out then; with --send (local mode only) queues them in the outbox
 * under the scheduler's keys. Answers the exit code.
 */
export async function runNudges(options: Omit<CommandOptions, 'operator'>): Promise<number> {
  const { config, out, err } = options;
  const parsed = parseNudgesArgs(options.argv);
  if (!parsed.ok) {
    err(`${parsed.problem}\n${NUDGES_USAGE}`);
    return 2;
  }
  const { send } = parsed.args;
  if (send && config.bot.kind !== 'local') {
    err('--send only works in local mode (MicrosoftAppId not set): it would message real people otherwise.');
    return 2;
  }
  const now = parsed.args.now ?? options.clock.now();
  const storage = await openStorage(config.storage);
  try {
    const store = createStores(storage.tables);
    const { standaloneOutbox: outbox, visitOutbox } = store;
    const directory = createDirectoryLookup(store, options.clock);
    const dispatcher = {
      open: async () => (await Promise.all([visitOutbox.listOpen(), outbox.listOpen()])).flat(),
    };
    const form = loadForms().latest(config.visitForm);
    // Overdue as of the pass's `now`, which --now may set.
    const actions = createActions({
      actions: store.actions,
      reportVisits: store.reportVisits,
      directory,
      clock: { now: () => now },
      audit: await openAuditTrail(store, options.clock, createLogger()),
    });
    const scheduler = createNudgeScheduler({
      leases: store.leases,
      nudges: store.nudges,
      state: () =>
        readNudgeState({ ...store, directory, dispatcher, overdueActions: () => actions.overdue() }),
      outbox,
      settings: DEFAULT_SETTINGS,
      instanceId: `cli-${randomUUID()}`,
      leaseMs: 0,
      clock: options.clock,
      log: createLogger(() => undefined),
      queued: () => undefined,
      render: (nudge) => renderNudge(nudge, form),
      renderDigest,
    });
    const pass = await scheduler.plan(now);
    const fresh: NudgePass['nudges'][number][] = [];
    out(`At ${formatMoment(now.toISOString())} (UK time), against ${storage.description}:`);
    if (pass.nudges.length === 0) out('No nudge is due.');
    for (const entry of pass.nudges) {
      const queued = await outbox.get(STANDALONE, entry.message.id);
      if (!queued) fresh.push(entry);
      const to = await recipient(entry.nudge.to, directory);
      out(
        `- To ${to}: ${entry.nudge.text}${queued ? ` [already ${queued.status === 'sent' ? 'sent' : 'queued'}]` : ''}`,
      );
      describeVisits(entry.nudge).forEach((line) => out(`    ${line}`));
    }
    if (!pass.digest) {
      out(
        'No weekly digest goes out now: it is posted on the week’s first working day from 09:00, then updated only when what it lists changes.',
      );
    } else {
      const { digest, message } = pass.digest;
      out(
        `${message.kind === 'post' ? 'Weekly digest, a new post' : 'Weekly digest, an update of this week’s post'} to the partnerships channel: ${message.summary}`,
      );
      if (digest.sections.length === 0) out('    Nothing is open.');
      for (const section of digest.sections) {
        out(`    ${section.title}`);
        section.lines.forEach((line) => out(`      - ${line}`));
      }
    }
    const count = fresh.length + (pass.digest ? 1 : 0);
    if (!send) {
      if (count > 0)
        out(
          `Nothing was queued. Add --send to queue ${count === 1 ? 'it' : `these ${count}`}, then \`npm start\` posts ${count === 1 ? 'it' : 'them'}.`,
        );
      return 0;
    }
    await scheduler.queue(
      { nudges: fresh, ...(pass.digest ? { digest: pass.digest } : {}) },
      options.clock.now(),
    );
    out(
      count > 0
        ? `Queued ${count} message${count === 1 ? '' : 's'}: a running \`npm start\` posts ${count === 1 ? 'it' : 'them'}.`
        : 'Nothing new to queue.',
    );
    return 0;
  } finally {
    await storage.close();
  }
}

async function recipient(to: Address, directory: ReturnType<typeof createDirectoryLookup>): Promise<string> {
  switch (to.kind) {
    case 'partnerships':
      return 'the partnerships channel';
    case 'service':
      return `the channel of ${(await directory.service(to.serviceId))?.name ?? to.serviceId}`;
    case 'person':
      return (await directory.person(to.aadObjectId))?.name ?? to.aadObjectId;
  }
}

function describeVisits(nudge: Nudge): string[] {
  return (nudge.visits ?? []).map(
    (v) =>
      `${v.day} at ${v.time}: ${v.serviceName}${v.meetingLink ? ` (meeting ${v.meetingLink})` : ''}, with Add to calendar`,
  );
}
