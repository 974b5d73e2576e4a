import type PgBoss from "pg-boss";
import { MarsadError } from "../core/errors.js";
import type { SharedStore } from "../store/postgres/link-lock.js";
import { openPostgresStore } from "../store/postgres/postgres-store.js";
import { openQueues, type QueueSettings, stopQueues } from "./queues.js";

/** The store and the queues of a shared deployment; both live in the PostgreSQL database at `url`. */
export interface Shared {
  readonly store: SharedStore;
  readonly boss: PgBoss;
  close(): Promise<void>;
}

const POSTGRES_URL = /^postgres(?:ql)?:\/\//i;

/**
 * `settings` are a worker's queue settings (see openQueues); a process that only queues jobs or reads the store
 * leaves them out, so that it does not overwrite the settings the workers gave the queues.
 */
export async function openShared(url: string, settings?: QueueSettings): Promise<Shared> {
  if (!POSTGRES_URL.test(url)) {
    throw new MarsadError(
      "queue_needs_postgres",
      "workers and --queue need a shared PostgreSQL store: give --db postgres://… or set MARSAD_DATABASE_URL",
    );
  }
  const store = await openPostgresStore(url);
  let boss: PgBoss;
  try {
    boss = await openQueues(url, settings);
  } catch (error) {
    await store.close();
    throw error;
  }
  return {
    store,
    boss,
    close: async () => {
      // Graceful: running jobs finish (up to 30 s) before the connections close.
      await stopQueues(boss, { graceful: true });
      await store.close();
    },
  };
}
