import { createMiddleware } from "hono/factory";
import { ALL_TENANTS, type Principal, type Scope, TokenVerifier } from "../../src/auth";
import { TenantSchema } from "../../src/tenant";
import { ApiError } from "./errors";
import type { AppEnv } from "./types";

/** The realm named in `WWW-Authenticate` challenges (RFC 6750 §3). */
const REALM = "logsink";

// API_TOKENS is parsed and hashed once per isolate, again only when the secret changes. A failed
// parse throws and is not cached, so fixing the secret takes effect at once.
let cached: { source: string; verifier: TokenVerifier } | undefined;

function verifierFor(apiTokens: string | undefined): TokenVerifier {
  const source = apiTokens ?? "";
  if (cached?.source !== source) cached = { source, verifier: TokenVerifier.fromConfig(apiTokens) };
  return cached.verifier;
}

/** Ways besides `Authorization: Bearer` a protocol's clients send the token. */
export type AuthForm = "basic" | "apikey" | "dd-api-key" | "splunk";

/**
 * The token of an `Authorization` header: `Bearer <token>`, or with `basic`, `Basic <base64 of
 * user:token>` (any user name, the token as password: what Loki, Elasticsearch and Splunk clients
 * send when given a password), or with `apikey`, Elasticsearch's `ApiKey …`; with `dd-api-key`, the
 * `DD-API-KEY` header when there is no `Authorization`.
 */
function presentedToken(header: string | undefined, forms: readonly AuthForm[], ddApiKey?: string): string | undefined {
  // Datadog's clients send their API key in a header of its own.
  if (forms.includes("dd-api-key") && ddApiKey !== undefined && ddApiKey !== "" && header === undefined)
    return ddApiKey;
  const bearer = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(header ?? "");
  if (bearer !== null) return bearer[1];
  // Splunk HEC's `Authorization: Splunk <token>`.
  const splunk = forms.includes("splunk") ? /^Splunk[ \t]+(\S+)[ \t]*$/i.exec(header ?? "") : null;
  if (splunk !== null) return splunk[1];
  if (forms.includes("apikey")) {
    // Elasticsearch's `ApiKey <base64 of id:key>`: the key is the token; or `ApiKey <token>` as is.
    const apiKey = /^ApiKey[ \t]+(\S+)[ \t]*$/i.exec(header ?? "");
    if (apiKey !== null) {
      const value = apiKey[1] ?? "";
      let decoded = "";
      try {
        decoded = /^[A-Za-z0-9+/]+={0,2}$/.test(value) ? atob(value) : "";
      } catch {
        decoded = "";
      }
      const colon = decoded.indexOf(":");
      return colon > 0 && colon < decoded.length - 1 && /^[\x20-\x7e]+$/.test(decoded)
        ? decoded.slice(colon + 1)
        : value;
    }
  }
  const basic = forms.includes("basic") ? /^Basic[ \t]+([A-Za-z0-9+/=]+)[ \t]*$/i.exec(header ?? "") : null;
  if (basic === null) return undefined;
  let decoded: string;
  try {
    decoded = atob(basic[1] ?? "");
  } catch {
    return undefined;
  }
  const colon = decoded.indexOf(":");
  return colon === -1 || colon === decoded.length - 1 ? undefined : decoded.slice(colon + 1);
}

/**
 * Requires a token with `scope` (as a bearer token, or in one of `forms`): 401 with a
 * `WWW-Authenticate: Bearer` challenge when it is missing or unknown, 403 when it lacks the scope.
 * Sets `c.var.principal`.
 */
export function requireScope(scope: Scope, forms: readonly AuthForm[] = []) {
  return createMiddleware<AppEnv>(async (c, next) => {
    const token = presentedToken(c.req.header("Authorization"), forms, c.req.header("DD-API-KEY"));
    if (token === undefined) {
      throw new ApiError(401, "missing bearer token: send Authorization: Bearer <token>", {
        headers: { "WWW-Authenticate": `Bearer realm="${REALM}"` },
      });
    }
    const principal = verifierFor(c.env.API_TOKENS).verify(token);
    if (principal === undefined) {
      throw new ApiError(401, "unknown token", {
        headers: { "WWW-Authenticate": `Bearer realm="${REALM}", error="invalid_token"` },
      });
    }
    if (!principal.scopes.includes(scope)) {
      throw new ApiError(403, `this token does not have the "${scope}" scope`);
    }
    c.set("principal", principal);
    await next();
  });
}

/**
 * The tenant a request acts for: the token's own, or for a token of every tenant (admin) the
 * `?tenant=` it names, `default` when it names none. A tenant token naming another tenant gets 403.
 */
export function resolveTenant(principal: Principal, requested: string | undefined): string {
  if (principal.tenant === ALL_TENANTS) {
    if (requested === undefined) return "default";
    const parsed = TenantSchema.safeParse(requested);
    if (!parsed.success) throw new ApiError(400, `invalid tenant: ${parsed.error.issues[0]?.message}`);
    return parsed.data;
  }
  if (requested !== undefined && requested !== principal.tenant) {
    throw new ApiError(403, `this token may act only for tenant "${principal.tenant}"`);
  }
  return principal.tenant;
}
