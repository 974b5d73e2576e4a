import type { Command } from "commander";
import { createApp, listen } from "../../api/index.js";
import { isLoopback } from "../../api/security.js";
import { stanceVerifier } from "../../api/verify.js";
import type { Article } from "../../core/article.js";
import { InputError } from "../../core/errors.js";
import { openShared } from "../../queue/open.js";
import { enqueueIngest } from "../../queue/queues.js";
import { openStore } from "../../store/open-store.js";
import { dbOption, redactLocation } from "../options.js";

/** Where and how to serve; `marsad run --serve` passes the same options. */
export interface ServeOptions {
  readonly db: string;
  readonly port: number;
  readonly host: string;
  readonly token?: string;
  /** POST /api/articles queues the articles for `marsad worker` (a postgres:// store) instead of storing them. */
  readonly queue?: boolean;
}

function port(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535)
    throw new Error(`expected a port from 0 to 65535, got "${value}"`);
  return n;
}

/** The port, host and token options, shared by `serve` and `run --serve`. */
export function addServerOptions(command: Command): Command {
  return command
    .option("-p, --port <port>", "port to listen on (0: any free port)", port, 8787)
    .option(
      "--host <address>",
      "address to bind; other than loopback, every request needs the token",
      "127.0.0.1",
    )
    .option("--token <token>", "token for writes (POST /api/articles); default $MARSAD_TOKEN");
}

export function registerServe(program: Command): void {
  addServerOptions(
    program
      .command("serve")
      .description("serve the HTTP API and the web UI (Arabic, right to left) over the store")
      .addOption(dbOption())
      .option(
        "--queue",
        "POST /api/articles queues articles for `marsad worker` (postgres:// store; docs/workers.md)",
      ),
  )
    .addHelpText(
      "after",
      `
Reads are open on a loopback address; writes need 'Authorization: Bearer <token>' and are refused when no
token is set. Stop with Ctrl-C.

Examples:
  $ npx marsad serve                      # then open http://127.0.0.1:8787/
  $ MARSAD_TOKEN=s3cret npx marsad serve --db data.db --port 9000
  $ MARSAD_TOKEN=s3cret npx marsad serve --db postgres://marsad@db/marsad --queue`,
    )
    .action(async (options: ServeOptions) => {
      await serveCommand(options);
    });
}

/** The write token; throws when the server would be reachable from other machines without one. */
export function serverToken(options: Pick<ServeOptions, "host" | "token">): string | null {
  const token = options.token || process.env.MARSAD_TOKEN || null;
  if (!isLoopback(options.host) && token === null) {
    throw new InputError(
      "options",
      "--host",
      "a server reachable from other machines needs --token or MARSAD_TOKEN",
    );
  }
  return token;
}

/** Serves the store until SIGINT or SIGTERM, printing the URL to stderr. */
export async function serveCommand(options: ServeOptions): Promise<void> {
  const token = serverToken(options);
  // With --queue the store and the queues share the PostgreSQL database the workers read.
  const shared = options.queue ? await openShared(options.db) : null;
  const store = shared?.store ?? (await openStore(options.db));
  const enqueue = shared
    ? { enqueue: (articles: readonly Article[]) => enqueueIngest(shared.boss, articles) }
    : {};
  const app = createApp({ store, token, host: options.host, verify: stanceVerifier, ...enqueue });
  const server = await listen(app, { port: options.port, host: options.host });
  process.stderr.write(
    `marsad serve: ${redactLocation(options.db)} at ${server.url}/ (writes ${token ? "need the token" : "disabled: no token"})\n`,
  );
  await new Promise<void>((done) => {
    const stop = () => done();
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  });
  await server.close();
  await (shared ?? store).close();
}
