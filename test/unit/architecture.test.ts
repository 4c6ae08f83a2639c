import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { ESLint } from 'eslint';

const ROOT = path.join(__dirname, '../../..');
const SRC = path.join(ROOT, 'src');

/** Every .ts file under a folder. */
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? sources(full) : name.endsWith('.ts') ? [full] : [];
  });
}

/** The files of src/ that a file imports (relative imports, types included). */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/from\s+'(\.{1,2}\/[^']+)'/g)]
    .map((m) => path.resolve(path.dirname(file), m[1]!))
    .flatMap((target) => [`${target}.ts`, path.join(target, 'index.ts')].filter((f) => statSafe(f)));
}
const statSafe = (file: string): boolean => {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
};

describe('how src/ is laid out', () => {
  it('has no import circle', () => {
    const graph = new Map(sources(SRC).map((f) => [f, importsOf(f)]));
    const state = new Map<string, 'open' | 'done'>();
    const circles: string[] = [];
    const visit = (file: string, trail: string[]): void => {
      state.set(file, 'open');
      for (const next of graph.get(file) ?? []) {
        if (state.get(next) === 'open') {
          circles.push(
            [...trail.slice(trail.indexOf(next)), next].map((f) => path.relative(SRC, f)).join(' -> '),
          );
        } else if (!state.has(next)) visit(next, [...trail, next]);
      }
      state.set(file, 'done');
    };
    for (const file of graph.keys()) if (!state.has(file)) visit(file, [file]);
    assert.deepEqual(circles, []);
  });

  describe('the lint rule that keeps imports one way fails a forbidden import, naming the rule', () => {
    const eslint = new ESLint({ cwd: ROOT });
    const lint = async (file: string, from: string): Promise<string[]> => {
      const [result] = await eslint.lintText(`import { x } from '${from}';\nexport const y = x;\n`, {
        filePath: path.join(ROOT, file),
      });
      return result!.messages.map((m) => `${m.ruleId}: ${m.message}`);
    };
    const cases: [string, string, boolean][] = [
      ['src/visits/start.ts', '../cards/notice-card', false],
      ['src/visits/start.ts', '../storage/visit-repository', false],
      ['src/rota/planning.ts', '../teams/turn', false],
      ['src/responses/respond.ts', '@azure/data-tables', false],
      ['src/nudges/rules.ts', 'botbuilder', false],
      ['src/kernel/london.ts', '../visits/types', false],
      ['src/storage/tables.ts', '../cards/escape', false],
      ['src/cards/visit-cards.ts', '../teams/turn', false],
      ['src/teams/bot.ts', '../storage/tables', false],
      ['src/visits/forms/loader.ts', '../../storage/visit-repository', false],
      ['src/rota/rota.ts', '../storage', false],
      ['src/visits/start.ts', '../rota/types', true],
      ['src/visits/start.ts', '../kernel/london', true],
      ['src/storage/visit-repository.ts', '../visits/store', true],
      ['src/cards/visit-cards.ts', '../visits/types', true],
      ['src/teams/bot.ts', '../cards/notice-card', true],
      ['src/index.ts', './storage/tables', true],
    ];
    for (const [file, from, allowed] of cases) {
      it(`${file} ${allowed ? 'may' : 'may not'} import ${from}`, async () => {
        const problems = await lint(file, from);
        if (allowed) assert.deepEqual(problems, []);
        else {
          assert.equal(problems.length, 1, problems.join('\n'));
          assert.match(problems[0]!, /^no-restricted-imports: .* layers: /);
        }
      });
    }
  });
});
