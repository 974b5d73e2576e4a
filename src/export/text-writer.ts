import { once } from "node:events";
import { createWriteStream, type WriteStream } from "node:fs";

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
      if (!stream.write(text)) await drained(stream);
      if (failure) throw failure;
    },
    async close() {
      if (failure) throw failure;
      stream.end();
      await once(stream, "finish");
    },
  };
}

/**
 * Resolves on the next drain, rejects on an error, and leaves no listener behind either way (racing two
 * `once` promises left one listener per wait, thousands on a large export).
 */
function drained(stream: WriteStream): Promise<void> {
  return new Promise((resolve, reject) => {
    const onDrain = () => {
      stream.off("error", onError);
      resolve();
    };
    const onError = (error: Error) => {
      stream.off("drain", onDrain);
      reject(error);
    };
    stream.once("drain", onDrain);
    stream.once("error", onError);
  });
}
