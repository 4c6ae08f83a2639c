import { createRemoteJWKSet, decodeJwt, errors, jwtVerify } from 'jose';
import type { Clock } from '../kernel/clock';

/** Why a token was refused, as one word for the log. */
export type SsoRefusal =
  | 'malformed'
  | 'tenant'
  | 'expired'
  | 'not-yet-valid'
  | 'issuer'
  | 'audience'
  | 'scope'
  | 'no-oid'
  | 'claims'
  | 'algorithm'
  | 'unknown-key'
  | 'signature'
  | 'keys-unavailable'
  | 'invalid';

/** The person a good token names, or why it was refused. */
export type SsoResult =
  | { readonly ok: true; readonly oid: string; readonly tid: string }
  | { readonly ok: false; readonly reason: SsoRefusal };

/** Checks the Teams tab's sign-in token (a v2 Entra access token for our API). */
export interface SsoVerifier {
  verify(token: string): Promise<SsoResult>;
}

export interface SsoOptions {
  /** The app registration's client id: a v2 token's audience. */
  readonly clientId: string;
  /** The app id URI, `api://<host>/<client id>`: also accepted as the audience. */
  readonly appIdUri?: string;
  /** Only these tenants' tokens are accepted, and only their keys are ever fetched. */
  readonly allowedTenantIds: readonly string[];
  /** Where a tenant's signing keys are published; Entra's by default. */
  readonly keysUrl?: (tid: string) => string;
  /** Allowed clock skew for exp and nbf, in seconds (60 by default). */
  readonly clockToleranceSec?: number;
  readonly clock: Clock;
}

/** The delegated scope the app registration exposes and the Teams clients are pre-authorised for. */
export const SSO_SCOPE = 'access_as_user';

const entraKeys = (tid: string): string => `https://login.microsoftonline.com/${tid}/discovery/v2.0/keys`;

/** A verifier that checks signature (tenant's cached keys), issuer, audience, tenant, scope, expiry and `oid`. */
export function createSsoVerifier(options: SsoOptions): SsoVerifier {
  const allowed = new Set(options.allowedTenantIds.map((tid) => tid.toLowerCase()));
  const audience = options.appIdUri ? [options.clientId, options.appIdUri] : [options.clientId];
  const keysUrl = options.keysUrl ?? entraKeys;
  const keySets = new Map<string, ReturnType<typeof createRemoteJWKSet>>();
  const keysOf = (tid: string): ReturnType<typeof createRemoteJWKSet> => {
    let keys = keySets.get(tid);
    if (!keys) keySets.set(tid, (keys = createRemoteJWKSet(new URL(keysUrl(tid)))));
    return keys;
  };
  const refuse = (reason: SsoRefusal): SsoResult => ({ ok: false, reason });

  return {
    async verify(token) {
      let tid: unknown;
      try {
        tid = decodeJwt(token).tid;
      } catch {
        return refuse('malformed');
      }
      if (typeof tid !== 'string' || !allowed.has(tid)) return refuse('tenant');
      try {
        const { payload } = await jwtVerify(token, keysOf(tid), {
          issuer: `https://login.microsoftonline.com/${tid}/v2.0`,
          audience,
          algorithms: ['RS256'],
          clockTolerance: options.clockToleranceSec ?? 60,
          currentDate: options.clock.now(),
          requiredClaims: ['exp'],
        });
        const scopes = typeof payload.scp === 'string' ? payload.scp.split(' ') : [];
        if (!scopes.includes(SSO_SCOPE)) return refuse('scope');
        if (typeof payload.oid !== 'string' || payload.oid === '') return refuse('no-oid');
        return { ok: true, oid: payload.oid, tid };
      } catch (error) {
        return refuse(refusalOf(error));
      }
    },
  };
}

function refusalOf(error: unknown): SsoRefusal {
  if (error instanceof errors.JWTExpired) return 'expired';
  if (error instanceof errors.JWTClaimValidationFailed) {
    const byClaim: Record<string, SsoRefusal> = { nbf: 'not-yet-valid', iss: 'issuer', aud: 'audience' };
    return byClaim[error.claim] ?? 'claims';
  }
  if (error instanceof errors.JWSSignatureVerificationFailed) return 'signature';
  if (error instanceof errors.JWKSNoMatchingKey || error instanceof errors.JWKSMultipleMatchingKeys) {
    return 'unknown-key';
  }
  if (error instanceof errors.JOSEAlgNotAllowed) return 'algorithm';
  if (error instanceof errors.JWTInvalid || error instanceof errors.JWSInvalid) return 'malformed';
  const keysFailed =
    !(error instanceof errors.JOSEError) ||
    error instanceof errors.JWKSTimeout ||
    error instanceof errors.JWKSInvalid ||
    error.code === errors.JOSEError.code;
  return keysFailed ? 'keys-unavailable' : 'invalid';
}
