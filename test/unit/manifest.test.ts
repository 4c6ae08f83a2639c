import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import JSZip from 'jszip';
import {
  MANIFEST_DIR,
  PLACEHOLDER_HOST,
  buildAppPackage,
  fillManifest,
  manifestProblems,
  readManifest,
} from '../../src/cli/app-package';
import { createCommands, type CommandDeps } from '../../src/teams/commands/table';

const ids = {
  botId: '11111111-2222-4333-8444-555555555555',
  teamsAppId: '66666666-7777-4888-9999-000000000000',
  version: '1.2.3',
  publicHost: 'visits.northshire.gov.uk',
};

/** Width and height from a PNG's IHDR chunk. */
function pngSize(png: Buffer): { width: number; height: number } {
  assert.equal(png.subarray(1, 4).toString('latin1'), 'PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe('Teams app manifest', () => {
  it('validates against the official v1.30 schema, offline', async () => {
    assert.deepEqual(await manifestProblems(await readManifest()), []);
  });

  it('the schema check can fail: a manifest without a bot id or with a bad scope is rejected', async () => {
    const manifest = await readManifest();
    const broken = { ...manifest, bots: [{ ...manifest.bots[0], botId: undefined, scopes: ['everywhere'] }] };
    const problems = await manifestProblems(JSON.parse(JSON.stringify(broken)));
    assert.ok(
      problems.some((p) => p.includes('botId')),
      problems.join('\n'),
    );
    assert.ok(
      problems.some((p) => p.includes('/bots/0/scopes/0')),
      problems.join('\n'),
    );
  });

  it('offers in each scope exactly the commands the bot answers there', async () => {
    const manifest = await readManifest();
    const commandLists = manifest.bots[0]?.commandLists as {
      scopes: string[];
      commands: { title: string }[];
    }[];
    const table = createCommands({} as CommandDeps);
    for (const scope of ['personal', 'team', 'groupChat'] as const) {
      const listed = commandLists.filter((l) => l.scopes.includes(scope)).flatMap((l) => l.commands);
      const answered = table.filter((c) => c.scopes.includes(scope));
      assert.deepEqual(
        listed.map((c) => c.title),
        answered.map((c) => c.name),
        scope,
      );
    }
  });

  it('ships both icons at the sizes Teams requires', async () => {
    assert.deepEqual(pngSize(await readFile(path.join(MANIFEST_DIR, 'color.png'))), {
      width: 192,
      height: 192,
    });
    assert.deepEqual(pngSize(await readFile(path.join(MANIFEST_DIR, 'outline.png'))), {
      width: 32,
      height: 32,
    });
  });

  it('packages the manifest with this deployment ids, still valid, with both icons at the root', async () => {
    const filled = fillManifest(await readManifest(), ids);
    const zip = await JSZip.loadAsync(await buildAppPackage(filled));
    assert.deepEqual(Object.keys(zip.files).sort(), ['color.png', 'manifest.json', 'outline.png']);
    const packaged = JSON.parse(await zip.file('manifest.json')!.async('string')) as typeof filled;
    assert.equal(packaged.id, ids.teamsAppId);
    assert.equal(packaged.version, '1.2.3');
    assert.equal(packaged.bots[0]?.botId, ids.botId);
    assert.deepEqual(await manifestProblems(packaged), []);
  });

  it('points Teams at this deployment host for the tabs and the sign-in, leaving no placeholder', async () => {
    const filled = fillManifest(await readManifest(), ids);
    const home = filled.staticTabs?.find((tab) => tab.entityId === 'home');
    assert.equal(home?.contentUrl, 'https://visits.northshire.gov.uk/tab/');
    assert.equal(home?.websiteUrl, 'https://visits.northshire.gov.uk/tab/');
    assert.deepEqual(home?.scopes, ['personal']);
    assert.equal(
      filled.configurableTabs?.[0]?.configurationUrl,
      'https://visits.northshire.gov.uk/tab/configure',
    );
    assert.deepEqual(filled.webApplicationInfo, {
      id: ids.botId,
      resource: `api://visits.northshire.gov.uk/${ids.botId}`,
    });
    assert.deepEqual(filled.validDomains, ['visits.northshire.gov.uk']);
    assert.ok(!JSON.stringify(filled).includes(PLACEHOLDER_HOST));
    assert.deepEqual(await manifestProblems(filled), []);
  });

  it('keeps the bot chat as the personal app first tab, then the Visits tab; a channel tab is configured', async () => {
    const manifest = await readManifest();
    assert.deepEqual(
      manifest.staticTabs?.map((tab) => tab.entityId),
      ['conversations', 'home'],
    );
    assert.deepEqual(manifest.configurableTabs?.[0]?.scopes, ['team']);
    assert.equal(manifest.configurableTabs?.[0]?.canUpdateConfiguration, true);
  });
});
