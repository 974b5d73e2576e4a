import { createReadStream } from "node:fs";
import { InputError } from "../core/errors.js";
import { decodeUtf8, hasUtf8Bom, readAll, stripBom } from "./bytes.js";
import { documentItems, idFromFileName } from "./document-file.js";
import { type JsonReadOptions, NO_ARTICLES, readJsonLines, valueToItems } from "./json-lines.js";
import { publishedAtProblem } from "./published-at.js";
import { errorItem, typeName } from "./record.js";
import { type Defaults, type IngestItem, type IngestOptions, type InputFormat, STDIN_NAME } from "./types.js";
import { expandInputs, type FileKind, fsReason, KNOWN_EXTENSIONS } from "./walk.js";

/** Chunks of 1 MiB: few enough iterations for huge files, small enough to stream. */
const CHUNK_BYTES = 1 << 20;

function optionString(options: IngestOptions, field: "source" | "url" | "published_at"): string | null {
  const value: unknown = options[field];
  if (value === undefined || value === null || value === "") return null;
  if (typeof value !== "string")
    throw new InputError("options", field, `must be a string, got ${typeName(value)}`);
  return value;
}

/** The user's metadata, checked once before any input is read. */
export function checkDefaults(options: IngestOptions): Defaults {
  const published = optionString(options, "published_at");
  const problem = published === null ? null : publishedAtProblem(published);
  if (problem) throw new InputError("options", "published_at", problem);
  return {
    source: optionString(options, "source"),
    url: optionString(options, "url"),
    published_at: published,
  };
}

/** A .json file: one JSON document (an article, a UnifiedFC claim, or an array of records) or JSON lines. */
async function* readJsonFile(bytes: Buffer, options: JsonReadOptions): AsyncGenerator<IngestItem> {
  const decoded = decodeUtf8(stripBom(bytes), hasUtf8Bom(bytes) ? 3 : 0);
  let value: unknown;
  try {
    if ("problem" in decoded) throw new Error(decoded.problem);
    value = JSON.parse(decoded.text);
  } catch {
    // Not one document: JSON lines, which also report a bad line (or bad bytes) with its number.
    return yield* readJsonLines([bytes], options);
  }
  if (!Array.isArray(value)) return yield* valueToItems(value, { file: options.file, line: 1 }, options);
  if (value.length === 0) yield errorItem({ file: options.file, line: null }, null, NO_ARTICLES, "warning");
  for (const [i, element] of value.entries()) {
    yield* valueToItems(element, { file: options.file, line: null }, options, `${options.file}[${i}]`);
  }
}

type Effective = "jsonl" | "json" | "txt" | "html";

/** How to read one input: the format option wins; otherwise the extension; pipes default to JSON lines. */
function effectiveKind(format: InputFormat, fileKind: FileKind | null): Effective | null {
  if (format === "txt" || format === "html") return format;
  if (format === "jsonl" || format === "unifiedfc") return fileKind === "json" ? "json" : "jsonl";
  return fileKind;
}

async function* readChunks(
  chunks: AsyncIterable<Uint8Array>,
  kind: Effective,
  file: string,
  id: string,
  options: IngestOptions,
  defaults: Defaults,
): AsyncGenerator<IngestItem> {
  const json: JsonReadOptions = { file, defaults, unifiedfc: options.format === "unifiedfc" };
  if (kind === "jsonl") return yield* readJsonLines(chunks, json);
  const bytes = await readAll(chunks);
  if (kind === "json") return yield* readJsonFile(bytes, json);
  yield* documentItems(bytes, file, kind, id, defaults);
}

/** Reads one source, turning any failure (even an unexpected one) into an error item: bad input never crashes. */
async function* guarded(file: string, items: AsyncIterable<IngestItem>): AsyncGenerator<IngestItem> {
  try {
    yield* items;
  } catch (error) {
    yield errorItem({ file, line: null }, null, `cannot read: ${fsReason(error)}`);
  }
}

async function* generate(
  inputs: readonly string[],
  options: IngestOptions,
  defaults: Defaults,
): AsyncGenerator<IngestItem> {
  const format = options.format ?? "auto";
  let stdinRead = false;
  for await (const source of expandInputs(inputs.length === 0 ? ["-"] : inputs)) {
    if (source.kind === "problem") {
      yield source.item;
    } else if (source.kind === "stdin") {
      if (stdinRead) {
        yield errorItem({ file: STDIN_NAME, line: null }, null, "standard input named twice; read once");
        continue;
      }
      stdinRead = true;
      const kind = effectiveKind(format, "jsonl") ?? "jsonl";
      const stdin = options.stdin ?? process.stdin;
      yield* guarded(
        STDIN_NAME,
        readChunks(stdin, kind, STDIN_NAME, options.stdinId ?? "stdin", options, defaults),
      );
    } else {
      const kind = effectiveKind(format, source.fileKind) ?? (source.pipe ? "jsonl" : null);
      if (!kind) {
        const known = KNOWN_EXTENSIONS.join(", ");
        yield errorItem(
          { file: source.path, line: null },
          null,
          `unsupported file type; expected one of ${known}`,
        );
        continue;
      }
      const chunks = createReadStream(source.path, { highWaterMark: CHUNK_BYTES });
      const id = idFromFileName(source.path);
      yield* guarded(source.path, readChunks(chunks, kind, source.path, id, options, defaults));
    }
  }
}

/**
 * Reads articles from files, directories (recursively, in name order) and standard input ("-", or no
 * inputs at all). Yields each article with its origin, and each problem as an error item naming the file,
 * line and field; bad records are skipped and the rest still comes through. Throws `InputError` at once
 * only for bad options (a `published_at` that is not a date).
 */
export function readArticles(
  inputs: readonly string[],
  options: IngestOptions = {},
): AsyncIterable<IngestItem> {
  const defaults = checkDefaults(options);
  return generate(inputs, options, defaults);
}
