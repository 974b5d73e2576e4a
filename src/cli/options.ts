import { join } from "node:path";

/** Where the embedded database lives unless `--db` or MARSAD_DB says otherwise. */
export function defaultDbPath(): string {
  return process.env.MARSAD_DB ?? join(".marsad", "marsad.db");
}

export const dbOptionHelp = "database: a SQLite file path (default: $MARSAD_DB or .marsad/marsad.db)";

/** Parses a positive integer option value, or throws a message commander shows as a usage error. */
export function positiveInt(value: string): number {
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed <= 0)
    throw new Error(`expected a positive integer, got "${value}"`);
  return parsed;
}
