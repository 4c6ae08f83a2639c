import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** One token request made to the stand-in, as App Service's managed identity endpoint receives it. */
export interface TokenRequest {
  readonly resource: string;
  readonly clientId: string | undefined;
  readonly identityHeader: string | undefined;
}

export interface IdentityEndpoint {
  readonly requests: TokenRequest[];
  /** The variables App Service sets for the managed identity endpoint (IDENTITY_ENDPOINT, IDENTITY_HEADER). */
  readonly env: { readonly IDENTITY_ENDPOINT: string; readonly IDENTITY_HEADER: string };
  close(): Promise<void>;
}

/** The secret header App Service gives the process; the stand-in refuses requests without it, as the real one does. */
const HEADER = 'identity-header-from-app-service';

/**
 * A local stand-in for App Service's managed identity endpoint (api-version 2019-08-01): answers each token
 * request with `token(resource, clientId)`, an hour's validity, and records the request.
 */
export async function startIdentityEndpoint(
  token: (resource: string, clientId: string | undefined) => string,
): Promise<IdentityEndpoint> {
  const requests: TokenRequest[] = [];
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const request = {
      resource: url.searchParams.get('resource') ?? '',
      clientId: url.searchParams.get('client_id') ?? undefined,
      identityHeader: req.headers['x-identity-header'] as string | undefined,
    };
    requests.push(request);
    // restify (loaded in the same process by other suites) patches writeHead without returning the response.
    if (request.identityHeader !== HEADER) {
      res.writeHead(401, { 'content-type': 'application/json' });
      res.end('{"error":"missing X-IDENTITY-HEADER"}');
      return;
    }
    const expiresOn = Math.floor(Date.now() / 1000) + 3600;
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(
      JSON.stringify({
        access_token: token(request.resource, request.clientId),
        expires_on: String(expiresOn),
        resource: request.resource,
        token_type: 'Bearer',
        client_id: request.clientId,
      }),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    requests,
    env: { IDENTITY_ENDPOINT: `http://127.0.0.1:${port}/msi/token`, IDENTITY_HEADER: HEADER },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
