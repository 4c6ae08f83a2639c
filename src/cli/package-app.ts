import 'dotenv/config';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ConfigError, readPackageConfig, type PackageConfig } from '../config';
import { buildAppPackage, fillManifest, manifestProblems, readManifest } from './app-package';

const OUTPUT = path.resolve('build/appPackage.zip');

/** `npm run package`: writes build/appPackage.zip with the ids from the environment (.env). */
async function main(): Promise<number> {
  let ids: PackageConfig;
  try {
    ids = readPackageConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(`${error.message} (see .env.example).`);
    return 1;
  }
  const { botId, teamsAppId, tabAppId, publicHost } = ids;
  const packageJson = path.resolve(__dirname, '../../../package.json');
  const { version } = JSON.parse(await readFile(packageJson, 'utf8')) as { version: string };
  const manifest = fillManifest(await readManifest(), { ...ids, version });
  const problems = await manifestProblems(manifest);
  if (problems.length > 0) {
    console.error(`manifest/manifest.json does not match the Teams schema:\n  - ${problems.join('\n  - ')}`);
    return 1;
  }
  await mkdir(path.dirname(OUTPUT), { recursive: true });
  await writeFile(OUTPUT, await buildAppPackage(manifest));
  console.log(
    `Wrote ${path.relative(process.cwd(), OUTPUT)} (app ${teamsAppId}, bot ${botId}, tab at https://${publicHost}/tab/, v${version}).`,
  );
  console.log(
    `The tab signs in with api://${publicHost}/${tabAppId}: expose it on that app registration (README, Deploying).`,
  );
  console.log('Upload it in Teams admin center > Teams apps > Manage apps > Upload new app.');
  return 0;
}

main().then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    console.error(`Packaging failed: ${String(error)}`);
    process.exitCode = 1;
  },
);
