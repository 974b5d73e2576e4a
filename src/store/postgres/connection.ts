import type pg from "pg";
import { errorMessage, MarsadError } from "../../core/errors.js";

/**
 * Turns a postgres:// URL into a connection pool's settings, and connection failures into messages that
 * say where and what, never with the user name or password of the URL.
 *
 * Two query parameters are Marsad's, not the driver's, and are taken out of the URL: `pool_size` (how many
 * connections this process may open; default 10) and `schema` (where the tables live; default: the
 * search_path's first schema, usually public). Every other parameter (sslmode, application_name …) is passed on.
 */

export interface PostgresLocation {
  readonly pool: pg.PoolConfig;
  /** host:port/database, safe to show. */
  readonly where: string;
  readonly schema: string | null;
  readonly poolSize: number;
}

export interface ConnectionOptions {
  /** Overrides the URL's pool_size. */
  readonly poolSize?: number;
  /** Overrides the URL's schema: lower-case letters, digits and underscores. */
  readonly schema?: string;
  /** How long to wait for a connection (a free one from the pool, or a new one); default 10 s. */
  readonly connectTimeoutMs?: number;
}

const DEFAULT_POOL_SIZE = 10;
const MAX_POOL_SIZE = 1000;
const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

export function parsePostgresUrl(url: string, options: ConnectionOptions = {}): PostgresLocation {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    // Not echoed: a URL holds a password.
    throw new MarsadError(
      "store_location",
      "the PostgreSQL URL cannot be parsed; expected postgres://user:password@host:port/database",
    );
  }
  const poolSize = options.poolSize ?? poolSizeParam(parsed.searchParams.get("pool_size"));
  if (!Number.isInteger(poolSize) || poolSize < 1 || poolSize > MAX_POOL_SIZE) {
    throw new MarsadError("store_location", `pool_size must be an integer from 1 to ${MAX_POOL_SIZE}`);
  }
  const schema = options.schema ?? parsed.searchParams.get("schema");
  if (schema !== null && !SCHEMA_NAME.test(schema)) {
    throw new MarsadError(
      "store_location",
      `schema "${schema}" must be lower-case letters, digits and underscores, not starting with a digit`,
    );
  }
  parsed.searchParams.delete("pool_size");
  parsed.searchParams.delete("schema");
  const database = decodeURIComponent(parsed.pathname.replace(/^\//, "")) || "(default database)";
  const where = `${parsed.hostname || "localhost"}:${parsed.port || "5432"}/${database}`;
  const pool: pg.PoolConfig = {
    connectionString: parsed.toString(),
    max: poolSize,
    connectionTimeoutMillis: options.connectTimeoutMs ?? 10_000,
    // A startup parameter, so every pooled connection has it before its first query.
    ...(schema === null ? {} : { options: `-c search_path=${schema}` }),
  };
  return { pool, where, schema, poolSize };
}

function poolSizeParam(value: string | null): number {
  if (value === null) return DEFAULT_POOL_SIZE;
  return /^\d+$/.test(value) ? Number(value) : Number.NaN;
}

/** SQLSTATE classes and socket codes that mean the connection, not the statement, failed. */
const CONNECTION_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ENOTFOUND",
  "EAI_AGAIN",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "28000", // invalid authorization
  "28P01", // invalid password
  "3D000", // no such database
  "53300", // too many connections
  "57P01", // admin shutdown
  "57P03", // cannot connect now (starting up, shutting down)
]);
const CONNECTION_MESSAGES = /timeout exceeded when trying to connect|Connection terminated|connect ECONN/i;

export function isConnectionError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === "string" && (CONNECTION_CODES.has(code) || code.startsWith("08"))) return true;
  return CONNECTION_MESSAGES.test(errorMessage(error));
}

/** A connection failure as a MarsadError naming host:port/database and a likely remedy. */
export function connectionError(error: unknown, location: PostgresLocation): MarsadError {
  const code = (error as { code?: unknown } | null)?.code;
  const at = `PostgreSQL at ${location.where}`;
  const message = errorMessage(error);
  let text: string;
  if (code === "ECONNREFUSED") text = `cannot connect to ${at}: connection refused (is the server running?)`;
  else if (code === "ENOTFOUND" || code === "EAI_AGAIN") text = `cannot connect to ${at}: unknown host`;
  else if (code === "28P01" || code === "28000") {
    // The server's own message names the user; the URL's user and password stay out of every message.
    text = `${at} refused the login (wrong user or password, or pg_hba.conf does not allow it)`;
  } else if (code === "3D000") text = `${at}: the database does not exist (create it first)`;
  else if (code === "53300") {
    text =
      `${at} has no connection slots left (${message}); lower pool_size (now ${location.poolSize}) ` +
      "or raise the server's max_connections";
  } else if (/timeout exceeded when trying to connect/i.test(message)) {
    text =
      `no connection to ${at} within ${location.pool.connectionTimeoutMillis} ms: the server is slow or ` +
      `unreachable, or all ${location.poolSize} pooled connections stayed busy (pool_size)`;
  } else text = `lost or failed connection to ${at}: ${message}`;
  return new MarsadError("store_connection", text, { cause: error });
}
