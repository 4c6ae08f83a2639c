import assert from 'node:assert/strict';
import { ConfigError, readConfig } from '../../src/config';

/** The ConfigError readConfig throws for `env`; fails the test when it accepts it or throws anything else. */
export function configFailure(env: NodeJS.ProcessEnv): ConfigError {
  try {
    readConfig(env);
  } catch (error) {
    assert.ok(error instanceof ConfigError, `expected a ConfigError, got ${String(error)}`);
    return error;
  }
  assert.fail('readConfig accepted a bad configuration');
}
