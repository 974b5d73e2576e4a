import type { Article } from "../core/article.js";
import { type IngestOptions, readArticles } from "../ingest/index.js";
import { reportInputError } from "./report.js";

/**
 * The input's valid articles; each bad record is reported on stderr (naming file, line and field) and counted
 * by `onSkipped`, and the reading goes on.
 */
export async function* validArticles(
  inputs: readonly string[],
  options: IngestOptions,
  onSkipped: () => void,
): AsyncGenerator<Article> {
  for await (const item of readArticles(inputs, options)) {
    if (item.kind === "article") {
      yield item.article;
      continue;
    }
    if (item.severity === "error") onSkipped();
    reportInputError(item.error, item.severity);
  }
}
