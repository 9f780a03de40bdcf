/**
 * Log levels: every name and number scheme in common use, mapped onto six levels.
 */

/** The stored levels, least to most severe. */
export const LEVELS = ["trace", "debug", "info", "warn", "error", "fatal"] as const;

/** A stored level. */
export type Level = (typeof LEVELS)[number];

/** Severity rank of a level: trace 0 … fatal 5; used by read-side filters. */
export function levelRank(level: Level): number {
  return LEVELS.indexOf(level);
}

/** Level names, lower-cased: log4j/logback, syslog (RFC 5424 keywords), Python, Go, Serilog, GCP. */
const LEVEL_NAMES: Readonly<Record<string, Level>> = {
  trace: "trace",
  trc: "trace",
  verbose: "trace",
  finest: "trace",
  finer: "trace",
  debug: "debug",
  dbg: "debug",
  fine: "debug",
  info: "info",
  inf: "info",
  information: "info",
  informational: "info",
  notice: "info",
  config: "info",
  default: "info",
  warn: "warn",
  warning: "warn",
  wrn: "warn",
  error: "error",
  err: "error",
  eror: "error",
  severe: "error",
  fatal: "fatal",
  ftl: "fatal",
  critical: "fatal",
  crit: "fatal",
  alert: "fatal",
  emerg: "fatal",
  emergency: "fatal",
  panic: "fatal",
};

const INTEGER = /^\d+$/;

/** pino: 10 trace, 20 debug, 30 info, 40 warn, 50 error, 60 fatal (values between round down). */
function fromPino(n: number): Level | undefined {
  if (n < 10 || n > 60) return undefined;
  return LEVELS[Math.min(5, Math.floor(n / 10) - 1)];
}

/** RFC 5424 syslog severity: 0 emergency … 7 debug. */
function fromSyslog(n: number): Level | undefined {
  if (!Number.isInteger(n) || n < 0 || n > 7) return undefined;
  return (["fatal", "fatal", "fatal", "error", "warn", "info", "info", "debug"] as const)[n];
}

/** OpenTelemetry SeverityNumber: 1–4 trace, 5–8 debug, 9–12 info, 13–16 warn, 17–20 error, 21–24 fatal. */
function fromOpenTelemetry(n: number): Level | undefined {
  if (!Number.isInteger(n) || n < 1 || n > 24) return undefined;
  return LEVELS[Math.floor((n - 1) / 4)];
}

function asNumber(value: unknown): number | undefined {
  if (typeof value === "number" && Number.isFinite(value)) return value;
  if (typeof value === "string" && INTEGER.test(value.trim())) return Number(value.trim());
  return undefined;
}

/** Which scheme a level value was given in: the field it came from decides. */
export type LevelScheme = "name" | "syslog" | "opentelemetry";

/**
 * Reads a level value. Names match in any case (`WARNING`, `Err`); numbers are pino levels
 * under the name scheme, syslog severities under `syslog`, OpenTelemetry severity numbers under
 * `opentelemetry`. Returns undefined for a value no scheme knows.
 *
 * @example readLevel("WARNING", "name") === "warn"; readLevel(17, "opentelemetry") === "error"
 */
export function readLevel(value: unknown, scheme: LevelScheme): Level | undefined {
  const n = asNumber(value);
  if (scheme === "syslog") return n === undefined ? undefined : fromSyslog(n);
  if (scheme === "opentelemetry") return n === undefined ? undefined : fromOpenTelemetry(n);
  if (n !== undefined) return fromPino(n);
  if (typeof value !== "string") return undefined;
  const name = value.trim().toLowerCase();
  return Object.hasOwn(LEVEL_NAMES, name) ? LEVEL_NAMES[name] : undefined;
}
