import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { MarsadError } from "../core/errors.js";
import { openSqliteStore } from "./sqlite/sqlite-store.js";
import type { Store } from "./store.js";

/** Where the CLI keeps its store when none is given, relative to the working directory. */
export const DEFAULT_STORE_PATH = ".marsad/marsad.db";

const POSTGRES_URL = /^postgres(?:ql)?:\/\//i;
const OTHER_URL = /^[a-z][a-z0-9+.-]+:\/\//i;

/**
 * Opens the store at `location`: a file path (its folder is created) or ":memory:" opens SQLite; a
 * postgres:// or postgresql:// URL opens PostgreSQL (see docs/postgres.md). Asynchronous because a
 * PostgreSQL store connects; every failure (an unknown URL, an unreachable server, a database from a newer
 * Marsad) is a rejected promise.
 */
export async function openStore(location: string = DEFAULT_STORE_PATH): Promise<Store> {
  if (POSTGRES_URL.test(location)) {
    // Loaded on demand: the embedded default should not pay for the PostgreSQL driver.
    const { openPostgresStore } = await import("./postgres/postgres-store.js");
    return openPostgresStore(location);
  }
  if (OTHER_URL.test(location)) {
    throw new MarsadError("store_unsupported", `unknown store URL scheme in "${location}"; give a file path`);
  }
  if (location === "") throw new MarsadError("store_location", "the store location is empty");
  if (location !== ":memory:") mkdirSync(dirname(location), { recursive: true });
  return openSqliteStore(location);
}
