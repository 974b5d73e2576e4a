import { errorMessage } from "../core/errors.js";
import {
  analysisLayers,
  type Linker,
  type LinkerOptions,
  linkerFromState,
  linkInput,
} from "../link/index.js";
import type { LinkTransaction, SharedStore } from "../store/postgres/link-lock.js";
import type { StoredArticle } from "../store/store.js";

/**
 * Linking from a worker, correct with any number of workers on any number of machines: each step is one
 * transaction holding the link lock (src/store/postgres/link-lock.ts) that checks the link generation,
 * reloads the state when another process has linked since, links the next ready articles in ingestion
 * order, and writes the change with a new generation. A step that fails writes nothing, and the in-memory
 * linker, which may be ahead of the database, is dropped so that the next step reloads.
 */

export interface LinkStepResult {
  readonly linked: number;
  /** Whether the state was reloaded from the store before linking. */
  readonly reloaded: boolean;
}

export class SharedLinker {
  private linker: Linker | null = null;
  private generation = 0;

  constructor(
    private readonly store: SharedStore,
    private readonly options: LinkerOptions & {
      /** Articles linked per transaction; default 200. */
      readonly batch?: number;
      /** An analysis that cannot be read: the article is linked without annotations, as `marsad run` does. */
      readonly onError?: (id: string, message: string) => void;
    } = {},
  ) {}

  /** Links up to one batch of ready articles in one locked transaction. */
  async step(): Promise<LinkStepResult> {
    try {
      return await this.store.withLinkLock((tx) => this.linkReady(tx));
    } catch (error) {
      this.linker = null;
      throw error;
    }
  }

  /** Steps until nothing is ready; returns the articles linked. */
  async linkAll(): Promise<number> {
    let total = 0;
    for (;;) {
      const { linked } = await this.step();
      total += linked;
      if (linked < (this.options.batch ?? 200)) return total;
    }
  }

  private async linkReady(tx: LinkTransaction): Promise<LinkStepResult> {
    const ready = await tx.listLinkable(this.options.batch ?? 200);
    if (ready.length === 0) return { linked: 0, reloaded: false };
    const reloaded = this.linker === null || tx.generation !== this.generation;
    const linker = reloaded ? linkerFromState(await tx.getLinkState(), this.options) : this.linker!;
    // Until the write commits, the linker is ahead of the database: a failure below must not keep it.
    this.linker = null;
    for (const article of ready) {
      linker.link(linkInput(article, await this.layers(tx, article)));
    }
    this.generation = await tx.putLinkChanges(linker.takeChanges());
    this.linker = linker;
    return { linked: ready.length, reloaded };
  }

  private async layers(tx: LinkTransaction, article: StoredArticle) {
    try {
      return analysisLayers(await tx.getAnalysis(article.id, article.version));
    } catch (error) {
      this.options.onError?.(article.id, errorMessage(error));
      return analysisLayers({});
    }
  }
}
