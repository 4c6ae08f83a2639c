import assert from 'node:assert/strict';
import { ConfigError, readConfig } from '../../src/config';

describe('config: the retention schedule', () => {
  it('defaults to 6 years, drafts 90 days with a reminder 14 days before, messages 30 days, nudge state a year', () => {
    assert.deepEqual(readConfig({ NODE_ENV: 'test' }).retention, {
      years: 6,
      draftDays: 90,
      draftReminderDays: 14,
      outboxDays: 30,
      nudgeDays: 365,
    });
  });

  it('names the variable that is wrong', () => {
    const fails = (env: Record<string, string>, variable: string) =>
      assert.throws(
        () => readConfig({ NODE_ENV: 'test', ...env }),
        (e: unknown) => e instanceof ConfigError && e.variable === variable,
      );
    fails({ RETENTION_YEARS: '0' }, 'RETENTION_YEARS');
    fails({ DRAFT_RETENTION_DAYS: '90.5' }, 'DRAFT_RETENTION_DAYS');
    fails({ DRAFT_RETENTION_DAYS: '30', DRAFT_REMINDER_DAYS: '30' }, 'DRAFT_REMINDER_DAYS');
    fails({ OUTBOX_RETENTION_DAYS: 'a month' }, 'OUTBOX_RETENTION_DAYS');
    fails({ NUDGE_RETENTION_DAYS: '7' }, 'NUDGE_RETENTION_DAYS');
    assert.equal(readConfig({ NODE_ENV: 'test', RETENTION_YEARS: '7' }).retention.years, 7);
  });
});
