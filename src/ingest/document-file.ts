import { basename, extname } from "node:path";
import type { Article } from "../core/article.js";
import { decodeUtf8, hasUtf8Bom, notTextProblem, stripBom } from "./bytes.js";
import { decodeHtml, extractHtml } from "./html.js";
import { NO_ARTICLES } from "./json-lines.js";
import { errorItem } from "./record.js";
import type { Defaults, IngestItem } from "./types.js";

/** The article id of a .txt or .html file: its name without the extension. */
export function idFromFileName(file: string): string {
  const name = basename(file);
  return name.slice(0, name.length - extname(name).length) || name;
}

function decode(bytes: Uint8Array, kind: "txt" | "html"): { text: string } | { problem: string } {
  const notText = notTextProblem(bytes);
  if (notText) return { problem: `${notText}; file skipped` };
  return kind === "html" ? decodeHtml(bytes) : decodeUtf8(stripBom(bytes), hasUtf8Bom(bytes) ? 3 : 0);
}

function htmlArticle(html: string, id: string, defaults: Defaults): Article {
  const page = extractHtml(html);
  return {
    id,
    text: page.text,
    source: defaults.source ?? page.siteName,
    url: defaults.url ?? page.url,
    published_at: defaults.published_at ?? page.publishedAt,
    title: page.title,
  };
}

/**
 * One article from a whole .txt or .html file. A text file is taken exactly as it is (less a leading
 * byte order mark); a page gives its extracted main text. Metadata given by the user wins over the page's.
 */
export function documentItems(
  bytes: Uint8Array,
  file: string,
  kind: "txt" | "html",
  id: string,
  defaults: Defaults,
): IngestItem[] {
  const origin = { file, line: null };
  const decoded = decode(bytes, kind);
  if ("problem" in decoded) return [errorItem(origin, null, decoded.problem)];
  if (decoded.text.trim() === "") return [errorItem(origin, null, NO_ARTICLES, "warning")];
  let article: Article;
  try {
    article =
      kind === "html"
        ? htmlArticle(decoded.text, id, defaults)
        : {
            id,
            text: decoded.text,
            source: defaults.source,
            url: defaults.url,
            published_at: defaults.published_at,
          };
  } catch (error) {
    return [errorItem(origin, null, `cannot read the HTML: ${(error as Error).message}`)];
  }
  if (article.text.trim() === "")
    return [errorItem(origin, null, "no articles (no text found in the page)", "warning")];
  return [{ kind: "article", article, origin }];
}
