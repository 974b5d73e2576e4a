import { type ChildProcess, spawn } from "node:child_process";
import { join } from "node:path";
import type { Article } from "../../src/core/article.js";
import { packageRoot } from "../../src/core/paths.js";
import { fingerprintArticle } from "../../src/ingest/fingerprint.js";
import { linkStore } from "../../src/link/index.js";
import type { LinkState, Store, StoredArticle } from "../../src/store/store.js";

/** Helpers shared by the worker tests and benchmark. */

/** The URL with Marsad's schema parameter and a connection name (to find its connections on the server). */
export function schemaUrl(url: string, schema: string, applicationName?: string): string {
  const parsed = new URL(url);
  parsed.searchParams.set("schema", schema);
  if (applicationName) parsed.searchParams.set("application_name", applicationName);
  return parsed.toString();
}

/**
 * What a single process (`marsad run`) does with the same input: store, analyse, link, in input order.
 * `analyse` is the analyser, or a lookup of analyses it made before (analysis is a function of the article).
 */
export async function singleProcessRun(
  store: Store,
  analyse: (article: StoredArticle) => Promise<unknown>,
  articles: readonly Article[],
) {
  await store.putArticles(articles.map(fingerprintArticle));
  for (const article of await store.listUnanalysed({ limit: articles.length })) {
    await store.putAnalysis(article.id, article.version, await analyse(article));
  }
  await linkStore(store);
}

/** The canonical events and stories of a link state, by id, without time stamps: equal runs give equal values. */
export function linkOutcome(state: LinkState) {
  const events: Record<string, string[]> = {};
  for (const m of state.mentions) {
    events[m.event] = [...(events[m.event] ?? []), `${m.doc}#${m.mention}`];
  }
  for (const list of Object.values(events)) list.sort();
  const stories = Object.fromEntries(state.docs.map((d) => [d.id, d.story]));
  return { events, stories, eventIds: state.events.map((e) => e.id) };
}

export interface WorkerProcess {
  readonly child: ChildProcess;
  log: string;
}

/** Starts `marsad worker` from source in a child process; its stderr collects in `log`. */
export function startWorker(workerUrl: string, extra: readonly string[] = []): WorkerProcess {
  const args = ["worker", "--db", workerUrl, "--verbose", ...extra];
  const child = spawn(process.execPath, ["--import", "tsx", join(packageRoot, "src/cli/main.ts"), ...args], {
    cwd: packageRoot,
    env: { ...process.env, NO_COLOR: "1" },
    stdio: ["ignore", "ignore", "pipe"],
  });
  const worker: WorkerProcess = { child, log: "" };
  child.stderr!.on("data", (chunk: Buffer) => {
    worker.log += chunk.toString("utf8");
  });
  return worker;
}

export async function waitFor(what: string, check: () => Promise<boolean>, seconds: number): Promise<void> {
  const until = Date.now() + seconds * 1000;
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

export const exited = (child: ChildProcess) =>
  child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve()
    : new Promise<void>((resolve) => child.once("exit", () => resolve()));
