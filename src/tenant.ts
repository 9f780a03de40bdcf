import { z } from "zod";

/** The characters of a tenant name, as a regular expression source (no anchors). */
export const TENANT_PATTERN = "[a-z0-9][a-z0-9_-]{0,62}";

/**
 * A tenant name: lower-case letters, digits, `-` and `_`, at most 63 characters. Tenant names
 * become R2 key segments (`tenant=<t>/`), so nothing that could steer a key (`/`, `.`, `=`,
 * `%`) is allowed.
 */
export const TenantSchema = z
  .string()
  .regex(new RegExp(`^${TENANT_PATTERN}$`), "a tenant is 1–63 characters of a-z, 0-9, - and _");

/** A tenant name that passed {@link TenantSchema}. */
export type Tenant = z.infer<typeof TenantSchema>;
