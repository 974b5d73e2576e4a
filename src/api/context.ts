import type { Analyzer } from "../analyze/analyzer.js";
import type { Article } from "../core/article.js";
import type { Store } from "../store/store.js";
import type { ReadModel } from "./read-model/read-model.js";
import type { AccessPolicy } from "./security.js";
import type { Verifier } from "./verify.js";

/** What every route handler shares: the store, its linked view, the access policy and the pluggable parts. */
export interface AppContext {
  readonly store: Store;
  readonly model: ReadModel;
  readonly policy: AccessPolicy;
  readonly verify: Verifier;
  /** The analyser, created on first use (loading its resources takes seconds). */
  readonly analyzer: () => Analyzer;
  readonly log: (message: string) => void;
  /** Set when articles go to the job queue (`marsad worker`) instead of being processed in the request. */
  readonly enqueue?: (articles: readonly Article[]) => Promise<number>;
}
