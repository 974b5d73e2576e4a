import { Hono } from "hono";
import { type Analyzer, createAnalyzer } from "../analyze/analyzer.js";
import type { Article } from "../core/article.js";
import type { Store } from "../store/store.js";
import type { AppContext } from "./context.js";
import { ApiError, errorResponse, handleError } from "./errors.js";
import { openApiDocument } from "./openapi.js";
import { ReadModel } from "./read-model/read-model.js";
import { registerDocuments } from "./routes/documents.js";
import { registerEvents } from "./routes/events.js";
import { registerStats } from "./routes/stats.js";
import { registerStories } from "./routes/stories.js";
import { registerWrites } from "./routes/writes.js";
import { isLoopback, requireRead, securityHeaders } from "./security.js";
import { defaultWebRoots, registerStatic, type WebRoots } from "./static-files.js";
import { retrievalVerifier, type Verifier } from "./verify.js";

export interface AppOptions {
  readonly store: Store;
  /** The token writes need; null or absent: writes are refused. */
  readonly token?: string | null;
  /** The address the server binds: reads are open without a token only on loopback. Default 127.0.0.1. */
  readonly host?: string;
  readonly verify?: Verifier;
  readonly analyzer?: () => Analyzer;
  /** Where the UI's files are; false serves the API alone. */
  readonly web?: WebRoots | false;
  /** How long the linked view is cached, in milliseconds (default 5000). */
  readonly cacheMs?: number;
  readonly log?: (message: string) => void;
  /** Queues POST /api/articles for the workers instead (src/queue: `enqueueIngest`); answered 202. */
  readonly enqueue?: (articles: readonly Article[]) => Promise<number>;
}

function lazy<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => {
    value ??= make();
    return value;
  };
}

/** The HTTP API and web UI over one store (see docs/api.md); `marsad serve` listens with it. */
export function createApp(options: AppOptions): Hono {
  const log = options.log ?? ((message: string) => process.stderr.write(`${message}\n`));
  const ctx: AppContext = {
    store: options.store,
    model: new ReadModel(options.store, options.cacheMs),
    policy: { token: options.token || null, loopback: isLoopback(options.host ?? "127.0.0.1") },
    verify: options.verify ?? retrievalVerifier,
    analyzer: options.analyzer ?? lazy(() => createAnalyzer()),
    log,
    ...(options.enqueue ? { enqueue: options.enqueue } : {}),
  };
  const app = new Hono();
  app.use("*", securityHeaders);
  app.onError((error, c) => handleError(error, c, log));
  app.notFound((c) =>
    errorResponse(c, new ApiError(404, "not_found", `no route ${c.req.method} ${c.req.path}`)),
  );
  const read = requireRead(ctx.policy);
  app.use("/api/*", async (c, next) =>
    c.req.method === "GET" || c.req.method === "HEAD" ? read(c, next) : next(),
  );
  app.get("/api/openapi.json", (c) => c.json(openApiDocument()));
  registerEvents(app, ctx);
  registerStories(app, ctx);
  registerDocuments(app, ctx);
  registerStats(app, ctx);
  registerWrites(app, ctx);
  if (options.web !== false) registerStatic(app, options.web ?? defaultWebRoots());
  return app;
}
