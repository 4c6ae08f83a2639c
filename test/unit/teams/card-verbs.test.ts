import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { VERB } from '../../../src/cards/verbs';
import { createCardRouter } from '../../../src/teams/actions/router';
import { cardActions, type TeamsUseCases } from '../../../src/teams/teams-bot';

const ROOT = path.join(__dirname, '../../../..');
const files = (dir: string, ending: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? files(full, ending) : name.endsWith(ending) ? [full] : [];
  });

describe('card verbs are declared once', () => {
  // The factories only close over what they are given; nothing is called here.
  const actions = cardActions({} as TeamsUseCases);
  const verbs = Object.values(VERB);

  it('every verb has exactly one action, and every action a named verb', () => {
    assert.deepEqual(actions.map((a) => a.verb).sort(), [...verbs].sort());
    assert.doesNotThrow(() => createCardRouter(actions));
    assert.throws(() => createCardRouter([...actions, actions[0]!]), /declared twice/);
  });

  it('the templates carry only declared verbs', () => {
    for (const file of files(path.join(ROOT, 'adaptive-cards'), '.json')) {
      for (const [, verb] of readFileSync(file, 'utf8').matchAll(/"verb": "([a-z][^"$]*)"/g)) {
        assert.ok((verbs as string[]).includes(verb!), `${path.basename(file)}: ${verb} is not declared`);
      }
    }
  });

  it('each verb is written once in TypeScript, in cards/verbs.ts', () => {
    const sources = files(path.join(ROOT, 'src'), '.ts').map((f) => [f, readFileSync(f, 'utf8')] as const);
    for (const verb of verbs) {
      const where = sources
        .filter(([, text]) => text.includes(`'${verb}'`))
        .map(([f]) => path.relative(ROOT, f));
      assert.deepEqual(where, ['src/cards/verbs.ts'], verb);
    }
  });

  it('only actions that name their roles check them; the response and action-update buttons are for anyone (the use case decides)', () => {
    const open = actions.filter((a) => !('roles' in a)).map((a) => a.verb);
    assert.deepEqual(open.sort(), [VERB.responseOpen, VERB.responseSubmit, VERB.actionUpdate].sort());
  });
});
