import pg from "pg";
import type PgBoss from "pg-boss";

/**
 * pg-boss's database connections, in a pool that Marsad owns and closes only when every query asked of it
 * has settled.
 *
 * pg-boss ends its own pool as soon as no job is running, while a stopped worker loop may still be waiting
 * for a connection to ask for jobs. pg's pool never answers a request that is waiting when the pool ends, so
 * that loop never finished, pg-boss kept checking it every second, and a worker told to stop (SIGTERM) never
 * exited (found with issue 8: the fault test then hung waiting for its workers to exit).
 */
export class BossDb implements PgBoss.Db {
  private readonly pool: pg.Pool;
  private readonly running = new Set<Promise<unknown>>();
  private closed = false;

  constructor(config: pg.PoolConfig, onError: (error: Error) => void) {
    this.pool = new pg.Pool(config);
    // A connection that dies while idle (the server restarted, or cut it): pg drops it and opens another.
    this.pool.on("error", onError);
  }

  async executeSql(text: string, values?: unknown[]): Promise<{ rows: unknown[] }> {
    // After close, pg-boss gets what its own closed pool gives: nothing (stopped loops ask for nothing).
    if (this.closed) return { rows: [] };
    const query = this.pool.query(text, values);
    this.running.add(query);
    try {
      return await query;
    } finally {
      this.running.delete(query);
    }
  }

  /** Waits for the queries asked so far (the pool still serves them), then closes the connections. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await Promise.allSettled([...this.running]);
    await this.pool.end();
  }
}
