import type { Origin } from "../core/article.js";
import {
  BINARY_SNIFF_BYTES,
  binaryProblem,
  decodeUtf8,
  looksUtf16,
  stripBom,
  UTF16_PROBLEM,
} from "./bytes.js";
import { asBuffer, type ByteChunks, splitLines } from "./lines.js";
import { errorItem, recordToItems, typeName } from "./record.js";
import type { Defaults, IngestItem } from "./types.js";
import { isUnifiedFcClaim, unifiedFcItems } from "./unifiedfc.js";

export interface JsonReadOptions {
  readonly file: string;
  readonly defaults: Defaults;
  /** Every record must be a UnifiedFC claim; otherwise claims are recognised by their shape. */
  readonly unifiedfc: boolean;
}

export const NO_ARTICLES = "no articles (empty file)";

/** One parsed JSON value to items: an article record, or a UnifiedFC claim expanded to its articles. */
export function valueToItems(
  value: unknown,
  origin: Origin,
  options: JsonReadOptions,
  location?: string,
): IngestItem[] {
  if (options.unifiedfc || isUnifiedFcClaim(value)) return unifiedFcItems(value, origin, options.defaults);
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return [
      errorItem(origin, null, `a record must be a JSON object, got ${typeName(value)}`, "error", location),
    ];
  }
  return recordToItems(value as Record<string, unknown>, origin, options.defaults, location);
}

/** Parses one line; problems name the file and line, and never stop the reading. */
function lineToItems(text: string, origin: Origin, options: JsonReadOptions): IngestItem[] {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    // Newer engines append "(line 1 column N)", which says nothing more for one line: keep messages stable.
    const message = (error as Error).message.replace(/ \(line \d+ column \d+\)$/, "");
    return [errorItem(origin, null, `invalid JSON: ${message}`)];
  }
  return valueToItems(value, origin, options);
}

/** The stream again, after a look at its first few kilobytes: why it is not text (UTF-16, a NUL byte), if so. */
async function sniff(
  chunks: ByteChunks,
): Promise<{ problem: string | null; chunks: AsyncIterable<Uint8Array> }> {
  const iterator =
    Symbol.asyncIterator in chunks ? chunks[Symbol.asyncIterator]() : chunks[Symbol.iterator]();
  const head: Buffer[] = [];
  let size = 0;
  while (size < BINARY_SNIFF_BYTES) {
    const next = await iterator.next();
    if (next.done) break;
    head.push(asBuffer(next.value));
    size += next.value.length;
  }
  const start = Buffer.concat(head).subarray(0, BINARY_SNIFF_BYTES);
  const nul = start.indexOf(0);
  const problem = looksUtf16(start) ? UTF16_PROBLEM : nul >= 0 ? binaryProblem(nul) : null;
  if (problem) await iterator.return?.();
  async function* all(): AsyncGenerator<Uint8Array> {
    yield* head;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
  }
  return { problem, chunks: all() };
}

/**
 * Reads JSON lines (one record per line, blank lines allowed) from a byte stream. A file that starts
 * like a binary one (a NUL byte in its first kilobytes) is refused as a whole; after that, a bad line is
 * reported with its number and skipped.
 */
export async function* readJsonLines(
  chunks: ByteChunks,
  options: JsonReadOptions,
): AsyncGenerator<IngestItem> {
  const fileOrigin = { file: options.file, line: null };
  const sniffed = await sniff(chunks);
  if (sniffed.problem) return yield errorItem(fileOrigin, null, `${sniffed.problem}; file skipped`);
  let nonBlank = 0;
  for await (const line of splitLines(sniffed.chunks)) {
    const origin = { file: options.file, line: line.number };
    const bytes = line.offset === 0 ? stripBom(line.bytes) : line.bytes;
    const base = line.offset + (line.bytes.length - bytes.length);
    const nul = bytes.indexOf(0);
    const decoded =
      nul >= 0
        ? { problem: `NUL byte at byte ${base + nul}: binary data, not a JSON line` }
        : decodeUtf8(bytes, base);
    if ("problem" in decoded) {
      nonBlank++;
      yield errorItem(origin, null, decoded.problem);
    } else if (decoded.text.trim() !== "") {
      nonBlank++;
      yield* lineToItems(decoded.text, origin, options);
    }
  }
  if (nonBlank === 0) yield errorItem(fileOrigin, null, NO_ARTICLES, "warning");
}
