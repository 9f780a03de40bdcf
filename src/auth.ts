import { createHash } from "node:crypto";
import { z } from "zod";
import { ConfigError } from "./errors";
import { TenantSchema } from "./tenant";

/** What a token may do. */
const SCOPES = ["ingest", "read", "admin"] as const;

/** A token scope. */
export type Scope = (typeof SCOPES)[number];

/** `tenant: "*"` in API_TOKENS: the token may act for every tenant (admin tokens). */
export const ALL_TENANTS = "*";

const TokenEntrySchema = z
  .object({
    /** The token itself… */
    token: z.string().min(1).max(512).optional(),
    /** …or its SHA-256 digest in hex, so the secret never holds the plain token. */
    sha256: z
      .string()
      .regex(/^[0-9a-fA-F]{64}$/, "sha256 is 64 hex digits")
      .optional(),
    tenant: z.union([TenantSchema, z.literal(ALL_TENANTS)]),
    scopes: z.array(z.enum(SCOPES)).min(1),
    /** A label for logs; never the token. */
    name: z.string().max(100).optional(),
  })
  .refine((e) => (e.token === undefined) !== (e.sha256 === undefined), {
    message: "each entry needs exactly one of token and sha256",
  });

/**
 * The `API_TOKENS` secret: a JSON array of tokens, each plain or as a SHA-256 digest.
 *
 * @example
 * [{"sha256":"9f86d0…","tenant":"acme","scopes":["ingest","read"]},
 *  {"token":"s3cret-admin","tenant":"*","scopes":["ingest","read","admin"]}]
 */
const ApiTokensSchema = z.array(TokenEntrySchema).min(1);

/** Who a request acts as, once its token matched. */
export interface Principal {
  /** The token's tenant, or {@link ALL_TENANTS}. */
  tenant: string;
  scopes: readonly Scope[];
  name?: string | undefined;
}

/** API_TOKENS is missing or malformed: an operator's mistake, never a client's. */
export class TokenConfigError extends ConfigError {
  override name = "TokenConfigError";
}

interface TokenDigest extends Principal {
  digest: Uint8Array;
}

/** SHA-256, synchronously (node:crypto; WebCrypto's digest costs a promise per request). */
function sha256(text: string): Uint8Array {
  return createHash("sha256").update(text, "utf8").digest();
}

function fromHex(hex: string): Uint8Array {
  const bytes = new Uint8Array(hex.length / 2);
  for (let i = 0; i < bytes.length; i++) bytes[i] = Number.parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return bytes;
}

/**
 * Checks bearer tokens against API_TOKENS. Every configured token is held as a SHA-256 digest;
 * a presented token is hashed and compared with each digest in constant time
 * (`crypto.subtle.timingSafeEqual`, which throws on unequal lengths: digests are always 32 B),
 * and the loop never exits early, so timing reveals neither a token nor which one matched.
 */
export class TokenVerifier {
  private constructor(private readonly digests: readonly TokenDigest[]) {}

  /** Parses API_TOKENS. Throws TokenConfigError, naming what is wrong, when it is malformed. */
  static fromConfig(apiTokens: string | undefined): TokenVerifier {
    if (apiTokens === undefined || apiTokens.trim() === "") {
      throw new TokenConfigError("API_TOKENS is not set (wrangler secret put API_TOKENS)");
    }
    let json: unknown;
    try {
      json = JSON.parse(apiTokens);
    } catch {
      throw new TokenConfigError("API_TOKENS is not valid JSON");
    }
    const parsed = ApiTokensSchema.safeParse(json);
    if (!parsed.success) {
      throw new TokenConfigError(`API_TOKENS is invalid: ${z.prettifyError(parsed.error)}`);
    }
    return new TokenVerifier(
      parsed.data.map((entry) => ({
        tenant: entry.tenant,
        scopes: entry.scopes,
        name: entry.name,
        digest: entry.sha256 !== undefined ? fromHex(entry.sha256) : sha256(entry.token ?? ""),
      })),
    );
  }

  /** The principal a token stands for, or undefined when no configured token matches. */
  verify(token: string): Principal | undefined {
    const presented = sha256(token);
    let match: TokenDigest | undefined;
    for (const entry of this.digests) {
      if (crypto.subtle.timingSafeEqual(presented, entry.digest) && match === undefined) match = entry;
    }
    return match && { tenant: match.tenant, scopes: match.scopes, name: match.name };
  }
}
