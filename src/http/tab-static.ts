import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type restify from 'restify';

/** Where `npm run build` puts the tab's bundle (tab/ built by Vite), from dist/src/http or .test-build/src/http. */
export const TAB_DIR = path.resolve(__dirname, '../../../dist/tab');

/**
 * Teams (web, desktop and mobile), Outlook and the Microsoft 365 app frame the tab; no other site may.
 * (PLATFORM-NOTES: Tabs; Microsoft's list of hosts for tabs.)
 */
export const FRAME_ANCESTORS = [
  "'self'",
  'https://teams.microsoft.com',
  'https://*.teams.microsoft.com',
  'https://teams.cloud.microsoft',
  'https://*.cloud.microsoft',
  'https://*.office.com',
  'https://outlook.office.com',
  'https://outlook.office365.com',
  'https://*.microsoft365.com',
  'https://*.office365.com',
];

/**
 * The page's policy: scripts and connections to this origin only, plus the list of Teams hosts teams-js fetches
 * from Microsoft's CDN when framed (it falls back to a built-in list if refused); inline styles because Fluent UI
 * inserts its CSS at run time.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self' https://res.cdn.office.net",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  `frame-ancestors ${FRAME_ANCESTORS.join(' ')}`,
].join('; ');

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json; charset=utf-8',
  '.woff2': 'font/woff2',
};

/**
 * Serves the built tab under /tab/: files under /tab/assets/ carry a content hash in their names and are cached
 * for a year; every other path is the single page (index.html, never cached, so a deployment shows at once).
 */
export function mountTab(server: restify.Server, dir: string = TAB_DIR): void {
  const page = async (res: restify.Response): Promise<void> => {
    const html = await readFile(path.join(dir, 'index.html')).catch(() => undefined);
    if (!html) {
      res.writeHead(503, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
      return void res.end('The tab is not built: run `npm run build`.');
    }
    res.writeHead(200, {
      ...securityHeaders(),
      'Content-Type': TYPES['.html'],
      'Cache-Control': 'no-cache',
      'Content-Length': html.length,
    });
    res.end(html);
  };
  server.get('/tab', async (_req, res) => {
    res.redirect(301, '/tab/', () => undefined);
  });
  server.get('/tab/*', async (req, res) => {
    const urlPath = decoded(new URL(req.url ?? '/', 'http://localhost').pathname);
    if (!urlPath.startsWith('/tab/assets/')) return page(res);
    const file = path.join(dir, path.normalize(urlPath.slice('/tab/'.length)));
    const info = file.startsWith(path.join(dir, 'assets') + path.sep)
      ? await stat(file).catch(() => undefined)
      : undefined;
    if (!info?.isFile()) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
      return void res.end('Not found');
    }
    res.writeHead(200, {
      ...securityHeaders(),
      'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream',
      'Content-Length': info.size,
      'Cache-Control': 'public, max-age=31536000, immutable',
    });
    await new Promise<void>((resolve, reject) =>
      createReadStream(file).on('error', reject).on('end', resolve).pipe(res),
    );
  });
}

/** The path with %-escapes undone; one that cannot be undone is left as sent (it then names no file). */
function decoded(pathname: string): string {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return pathname;
  }
}

const securityHeaders = (): Record<string, string> => ({
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
});
