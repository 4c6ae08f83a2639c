import { readFile } from 'node:fs/promises';
import path from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import JSZip from 'jszip';

/** Where the manifest and both icons live, and the official schema bundled in @microsoft/app-manifest. */
export const MANIFEST_DIR = path.resolve(__dirname, '../../../manifest');
const SCHEMA_FILE =
  require.resolve('@microsoft/app-manifest/build/json-schemas/teams/v1.30/MicrosoftTeams.schema.json');

export interface AppIds {
  /** The Entra app registration id of the bot (MicrosoftAppId). */
  readonly botId: string;
  /** The Teams app id; usually the same as the bot id. */
  readonly teamsAppId: string;
  /** The app registration the tab signs in with (TAB_APP_ID); the bot id unless the bot is a managed identity. */
  readonly tabAppId?: string;
  readonly version: string;
  /** Where the tab is served (PUBLIC_HOSTNAME): its URLs, the sign-in's app id URI and the valid domain. */
  readonly publicHost: string;
}

/** The host the checked-in manifest's tab URLs, app id URI and valid domain carry until packaging fills them. */
export const PLACEHOLDER_HOST = 'visits.council.example';

type Entry = Record<string, unknown>;
type Manifest = Entry & {
  bots: Entry[];
  staticTabs?: Entry[];
  configurableTabs?: Entry[];
  validDomains?: string[];
};

export async function readManifest(): Promise<Manifest> {
  return JSON.parse(await readFile(path.join(MANIFEST_DIR, 'manifest.json'), 'utf8')) as Manifest;
}

/** The checked-in manifest with this deployment's ids, host and version filled in. */
export function fillManifest(manifest: Manifest, ids: AppIds): Manifest {
  const placeholder = `https://${PLACEHOLDER_HOST}/`;
  const tabId = ids.tabAppId ?? ids.botId;
  const rehost = (tab: Entry): Entry =>
    Object.fromEntries(
      Object.entries(tab).map(([key, value]) => [
        key,
        typeof value === 'string' && value.startsWith(placeholder)
          ? `https://${ids.publicHost}/${value.slice(placeholder.length)}`
          : value,
      ]),
    );
  const otherDomains = (manifest.validDomains ?? []).filter(
    (d) => d !== PLACEHOLDER_HOST && d !== ids.publicHost,
  );
  return {
    ...manifest,
    id: ids.teamsAppId,
    version: ids.version,
    ...(manifest.staticTabs && { staticTabs: manifest.staticTabs.map(rehost) }),
    ...(manifest.configurableTabs && { configurableTabs: manifest.configurableTabs.map(rehost) }),
    bots: manifest.bots.map((bot) => ({ ...bot, botId: ids.botId })),
    webApplicationInfo: { id: tabId, resource: `api://${ids.publicHost}/${tabId}` },
    validDomains: [ids.publicHost, ...otherDomains],
  };
}

/** Problems found by the official manifest schema, one line each; empty when valid. Works offline. */
export async function manifestProblems(manifest: unknown): Promise<string[]> {
  const schema = JSON.parse(await readFile(SCHEMA_FILE, 'utf8')) as object;
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  const validate = ajv.compile(schema);
  if (validate(manifest)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath || '(root)'} ${e.message ?? 'is invalid'}`);
}

/** The app package Teams admins upload: manifest.json plus the two icons, at the zip's root. */
export async function buildAppPackage(manifest: Manifest): Promise<Buffer> {
  const zip = new JSZip();
  zip.file('manifest.json', JSON.stringify(manifest, null, 2));
  for (const icon of ['color.png', 'outline.png']) {
    zip.file(icon, await readFile(path.join(MANIFEST_DIR, icon)));
  }
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}
