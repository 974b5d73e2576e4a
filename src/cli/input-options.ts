import type { Command } from "commander";
import type { IngestOptions, InputFormat } from "../ingest/index.js";

/** Options shared by every command that reads articles. */
export interface InputCliOptions {
  readonly format: InputFormat;
  readonly source?: string;
  readonly publishedAt?: string;
  readonly url?: string;
  readonly quiet?: boolean;
}

const FORMATS: readonly InputFormat[] = ["auto", "jsonl", "txt", "html", "unifiedfc"];

function parseFormat(value: string): InputFormat {
  const format = FORMATS.find((f) => f === value);
  if (!format) throw new Error(`unknown format "${value}"; use one of ${FORMATS.join(", ")}`);
  return format;
}

export function addInputOptions(command: Command): Command {
  return command
    .argument(
      "[inputs...]",
      "JSON lines, .txt or .html files, or folders of them; standard input when none or -",
    )
    .option("--format <format>", `how to read the inputs: ${FORMATS.join(", ")}`, parseFormat, "auto")
    .option("--source <name>", "outlet for .txt/.html articles (and JSON records without one)")
    .option("--published-at <date>", "publication date YYYY-MM-DD for articles that do not give one")
    .option("--url <url>", "URL for .txt/.html articles")
    .option("-q, --quiet", "no progress bar");
}

export function toIngestOptions(options: InputCliOptions): IngestOptions {
  return {
    format: options.format,
    ...(options.source === undefined ? {} : { source: options.source }),
    ...(options.publishedAt === undefined ? {} : { published_at: options.publishedAt }),
    ...(options.url === undefined ? {} : { url: options.url }),
  };
}
