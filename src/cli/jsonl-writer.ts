import { once } from "node:events";
import { createWriteStream, mkdirSync } from "node:fs";
import { dirname } from "node:path";
import type { Writable } from "node:stream";

/** Writes one JSON value per line to a file or stdout, respecting back-pressure. */
export interface JsonlWriter {
  write(value: unknown): Promise<void>;
  close(): Promise<void>;
}

export function openJsonlWriter(path: string | undefined): JsonlWriter {
  let stream: Writable;
  if (path === undefined || path === "-") {
    stream = process.stdout;
  } else {
    mkdirSync(dirname(path), { recursive: true });
    stream = createWriteStream(path, { encoding: "utf8" });
  }
  const ownsStream = stream !== process.stdout;
  return {
    async write(value) {
      if (!stream.write(`${JSON.stringify(value)}\n`)) await once(stream, "drain");
    },
    async close() {
      if (!ownsStream) return;
      stream.end();
      await once(stream, "finish");
    },
  };
}
