import { once } from "node:events";
import { createWriteStream } from "node:fs";

/** Writes text to a file with back-pressure, so large exports stream instead of building one string. */
export interface TextWriter {
  write(text: string): Promise<void>;
  close(): Promise<void>;
}

export function openTextWriter(path: string): TextWriter {
  const stream = createWriteStream(path, { encoding: "utf8" });
  let failure: Error | null = null;
  stream.on("error", (error) => {
    failure = error;
  });
  return {
    async write(text) {
      if (failure) throw failure;
      if (!stream.write(text)) await Promise.race([once(stream, "drain"), once(stream, "error")]);
      if (failure) throw failure;
    },
    async close() {
      if (failure) throw failure;
      stream.end();
      await once(stream, "finish");
    },
  };
}
