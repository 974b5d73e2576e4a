import type { Dirent, Stats } from "node:fs";
import { lstat, readdir, realpath, stat } from "node:fs/promises";
import { extname, join } from "node:path";
import { errorItem } from "./record.js";
import type { IngestItem } from "./types.js";

/** File types read by extension: `json` may hold JSON lines or one JSON document. */
export type FileKind = "jsonl" | "json" | "txt" | "html";

const EXTENSIONS: Readonly<Record<string, FileKind>> = {
  ".jsonl": "jsonl",
  ".ndjson": "jsonl",
  ".json": "json",
  ".txt": "txt",
  ".html": "html",
  ".htm": "html",
};

export const KNOWN_EXTENSIONS = Object.keys(EXTENSIONS);

export function fileKindOf(path: string): FileKind | null {
  return EXTENSIONS[extname(path).toLowerCase()] ?? null;
}

/** Something to read: a file (or, named explicitly, a pipe), standard input, or a problem found on the way. */
export type InputSource =
  | {
      readonly kind: "file";
      readonly path: string;
      readonly fileKind: FileKind | null;
      /** A pipe or device named on the command line (`<(zcat a.jsonl.gz)`): read as a stream, JSON lines by default. */
      readonly pipe: boolean;
    }
  | { readonly kind: "stdin" }
  | { readonly kind: "problem"; readonly item: IngestItem };

const CODES: Readonly<Record<string, string>> = {
  ENOENT: "no such file or directory",
  EACCES: "permission denied",
  EPERM: "permission denied",
  EISDIR: "is a directory",
  ENOTDIR: "a part of the path is not a directory",
  ELOOP: "too many levels of symbolic links",
  EMFILE: "too many open files",
};

/** A short reason for a file-system error, without the path Node repeats in its message. */
export function fsReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code && CODES[code]) return CODES[code];
  return error instanceof Error ? error.message : String(error);
}

function problem(path: string, message: string, severity: "error" | "warning" = "error"): InputSource {
  return { kind: "problem", item: errorItem({ file: path, line: null }, null, message, severity) };
}

function specialKind(info: Stats | Dirent): string {
  if (info.isFIFO()) return "a named pipe (FIFO)";
  if (info.isSocket()) return "a socket";
  if (info.isCharacterDevice() || info.isBlockDevice()) return "a device";
  return "not a regular file";
}

/** `stat` that follows links, with a clear reason when it cannot: a broken link says so. */
async function statOrProblem(path: string): Promise<Stats | InputSource> {
  try {
    return await stat(path);
  } catch (error) {
    const link = await lstat(path).then(
      (s) => s.isSymbolicLink(),
      () => false,
    );
    return problem(
      path,
      link ? "broken symbolic link (its target does not exist), skipped" : `cannot read: ${fsReason(error)}`,
    );
  }
}

function byName(a: Dirent, b: Dirent): number {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

/**
 * Files under a directory, recursively, in name order; hidden entries (".name") are skipped. Each entry
 * that cannot be read (a broken link, a pipe, a link loop, an unreadable folder) is reported and the walk
 * goes on. Pipes and devices are never opened here: reading one could block forever.
 */
async function* walkDirectory(dir: string, visited: Set<string>): AsyncGenerator<InputSource> {
  let entries: Dirent[];
  try {
    const real = await realpath(dir);
    if (visited.has(real))
      return yield problem(
        dir,
        "directory already read (a symbolic link loop or a second path to it), skipped",
        "warning",
      );
    visited.add(real);
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    return yield problem(dir, `cannot read directory: ${fsReason(error)}`);
  }
  for (const entry of entries.sort(byName)) {
    if (entry.name.startsWith(".")) continue;
    const path = join(dir, entry.name);
    const info = entry.isSymbolicLink() ? await statOrProblem(path) : entry;
    if ("kind" in info) yield info;
    else if (info.isDirectory()) yield* walkDirectory(path, visited);
    else if (!info.isFile()) yield problem(path, `${specialKind(info)}, skipped`);
    else if (fileKindOf(path)) yield { kind: "file", path, fileKind: fileKindOf(path), pipe: false };
    else yield problem(path, `unsupported file type "${extname(path) || entry.name}", skipped`, "warning");
  }
}

/**
 * What the inputs name, in order: "-" is standard input; a directory is walked; a file or a pipe named
 * explicitly is read whatever its extension (the caller decides how, or reports an unknown type).
 */
export async function* expandInputs(inputs: readonly string[]): AsyncGenerator<InputSource> {
  const visited = new Set<string>();
  for (const input of inputs) {
    if (input === "-") {
      yield { kind: "stdin" };
      continue;
    }
    const info = await statOrProblem(input);
    if ("kind" in info) yield info;
    else if (info.isDirectory()) yield* walkDirectory(input, visited);
    else if (info.isFile()) yield { kind: "file", path: input, fileKind: fileKindOf(input), pipe: false };
    else if (info.isFIFO() || info.isCharacterDevice())
      yield { kind: "file", path: input, fileKind: fileKindOf(input), pipe: true };
    else yield problem(input, `${specialKind(info)}, skipped`);
  }
}
