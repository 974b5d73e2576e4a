import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { decodeUtf8, hasUtf8Bom, stripBom } from "./bytes.js";
import { htmlToText, type TextNode } from "./html-text.js";
import { lenientPublishedAt } from "./published-at.js";

/** What a web page gives: its main text (paragraphs separated by "\n\n") and the metadata it declares. */
export interface HtmlExtract {
  readonly text: string;
  readonly title: string | null;
  readonly url: string | null;
  readonly siteName: string | null;
  readonly publishedAt: string | null;
  /** `readability` when the main-text finder found the article, `body` when it fell back to all text. */
  readonly method: "readability" | "body";
}

/** linkedom's document, seen through the few members used here (the project has no DOM lib types). */
interface Element extends TextNode {
  getAttribute(name: string): string | null;
  readonly textContent: string | null;
}
interface Document extends TextNode {
  readonly documentElement: Element | null;
  readonly title: string;
  readonly body: Element | null;
  querySelector(selector: string): Element | null;
}

/**
 * Parses a page. linkedom builds no <html> element for a bare fragment ("<p>…</p>", plain text), and
 * Readability and `document.title` need one, so such input is wrapped in a body first.
 */
function parse(html: string): Document {
  const document = parseHTML(html).document as unknown as Document;
  if (document.documentElement?.nodeName.toLowerCase() === "html") return document;
  return parseHTML(`<!doctype html><html><head></head><body>${html}</body></html>`)
    .document as unknown as Document;
}

function attribute(document: Document, selector: string, name: string): string | null {
  const value = document.querySelector(selector)?.getAttribute(name)?.trim();
  return value ? value : null;
}

/** An absolute http(s) URL, or null: a relative canonical link says nothing without the page's address. */
function absoluteUrl(value: string | null): string | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
  } catch {
    return null;
  }
}

interface PageMeta {
  readonly title: string | null;
  readonly url: string | null;
  readonly siteName: string | null;
  readonly publishedAt: string | null;
}

/** Metadata read before Readability runs (it rewrites the document). */
function pageMeta(document: Document): PageMeta {
  const published =
    attribute(document, 'meta[property="article:published_time"]', "content") ??
    attribute(document, 'meta[name="article:published_time"]', "content") ??
    attribute(document, 'meta[itemprop="datePublished"]', "content") ??
    attribute(document, "time[datetime]", "datetime");
  return {
    title:
      document.title?.trim() ||
      document.querySelector("title")?.textContent?.trim() ||
      attribute(document, 'meta[property="og:title"]', "content"),
    url:
      absoluteUrl(attribute(document, 'link[rel~="canonical"]', "href")) ??
      absoluteUrl(attribute(document, 'meta[property="og:url"]', "content")),
    siteName: attribute(document, 'meta[property="og:site_name"]', "content"),
    publishedAt: lenientPublishedAt(published),
  };
}

function readabilityText(
  document: Document,
): { text: string; title: string | null; siteName: string | null; published: string | null } | null {
  // The serializer hands back the content element itself, so paragraphs come from the tree, not from HTML text.
  const reader = new Readability<TextNode>(document as never, {
    serializer: (node) => node as unknown as TextNode,
  });
  let result: ReturnType<typeof reader.parse>;
  try {
    result = reader.parse();
  } catch {
    return null; // a tree it cannot handle (no <html> element at all): the body fallback still works
  }
  if (!result?.content) return null;
  const text = htmlToText(result.content);
  if (text === "") return null;
  return {
    text,
    title: result.title?.trim() || null,
    siteName: result.siteName?.trim() || null,
    published: result.publishedTime ?? null,
  };
}

/**
 * The main text of a page with Readability; when it finds nothing, all the text of the body. Page
 * metadata: <title>, the canonical URL, og:site_name, article:published_time or the first <time datetime>.
 */
export function extractHtml(html: string): HtmlExtract {
  const document = parse(html);
  const meta = pageMeta(document);
  const found = readabilityText(document);
  if (found) {
    return {
      text: found.text,
      title: found.title ?? meta.title,
      url: meta.url,
      siteName: meta.siteName ?? found.siteName,
      publishedAt: meta.publishedAt ?? lenientPublishedAt(found.published),
      method: "readability",
    };
  }
  // Readability rewrote the first tree: parse again.
  const body = parse(html).body;
  return { ...meta, text: body ? htmlToText(body) : "", method: "body" };
}

// A declared charset in the first kilobyte, as browsers look for it.
const META_CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)/i;

/**
 * Decodes an HTML file: UTF-8 (strictly) unless a BOM-less page declares another charset, such as
 * windows-1256, still common on Arabic sites.
 */
export function decodeHtml(bytes: Uint8Array): { text: string } | { problem: string } {
  if (hasUtf8Bom(bytes)) return decodeUtf8(stripBom(bytes), 3);
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 1024));
  const charset = META_CHARSET.exec(head)?.[1]?.toLowerCase();
  if (!charset || charset === "utf-8" || charset === "utf8") return decodeUtf8(bytes);
  try {
    return { text: new TextDecoder(charset, { fatal: true }).decode(bytes) };
  } catch (error) {
    const reason = error instanceof RangeError ? "is not a known encoding" : "does not match the bytes";
    return { problem: `declared charset "${charset}" ${reason}` };
  }
}
