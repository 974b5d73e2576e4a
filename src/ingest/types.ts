import type { Article, Origin } from "../core/article.js";
import type { InputError } from "../core/errors.js";

/** How a file is parsed. `auto` picks by extension (and spots UnifiedFC claim objects in JSON). */
export type InputFormat = "auto" | "jsonl" | "txt" | "html" | "unifiedfc";

/**
 * `error` items are records or files that were skipped; `warning` items are worth telling the user about
 * but lost nothing (an empty file, a file type that is not read).
 */
export type Severity = "error" | "warning";

/** One thing read from the inputs: an article, or a problem with where it came from. */
export type IngestItem =
  | { readonly kind: "article"; readonly article: Article; readonly origin: Origin }
  | {
      readonly kind: "error";
      readonly error: InputError;
      readonly origin: Origin;
      readonly severity: Severity;
    };

export interface IngestOptions {
  /** Overrides the choice by extension; the default `auto`. Standard input is JSON lines under `auto`. */
  readonly format?: InputFormat;
  /** Metadata for .txt and .html (overriding what the page says); fills gaps in JSON records. */
  readonly source?: string | null;
  readonly published_at?: string | null;
  readonly url?: string | null;
  /** The id of a .txt or .html article read from standard input (files use their name). */
  readonly stdinId?: string;
  /** Standard input, replaceable for tests; defaults to `process.stdin`. */
  readonly stdin?: AsyncIterable<Uint8Array>;
}

/** Metadata given by the user for every article, already checked. */
export interface Defaults {
  readonly source: string | null;
  readonly published_at: string | null;
  readonly url: string | null;
}

/** Name shown for standard input in messages and origins. */
export const STDIN_NAME = "<stdin>";
