/** One line of a byte stream, without its `\n` or `\r\n`; `number` is 1-based, `offset` in bytes. */
export interface RawLine {
  readonly number: number;
  readonly offset: number;
  readonly bytes: Buffer;
}

/** Chunks of bytes from a stream, or already in memory. */
export type ByteChunks = AsyncIterable<Uint8Array> | Iterable<Uint8Array>;

/** A Buffer view of the bytes, without copying. */
export function asBuffer(chunk: Uint8Array): Buffer {
  return Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
}

function withoutCr(bytes: Buffer): Buffer {
  return bytes.length > 0 && bytes[bytes.length - 1] === 0x0d ? bytes.subarray(0, bytes.length - 1) : bytes;
}

/**
 * Splits a byte stream on `\n`. A line longer than a chunk is kept as a list of pieces and joined once,
 * so a 50 MB line costs linear time and memory (readline would build it by repeated string concatenation).
 * Splitting bytes on 0x0A is safe in UTF-8: that byte never occurs inside a multi-byte sequence.
 */
export async function* splitLines(chunks: ByteChunks): AsyncGenerator<RawLine> {
  let pending: Buffer[] = [];
  let number = 0;
  let offset = 0; // byte offset of the start of the current line
  let consumed = 0; // bytes of the stream before the current chunk
  for await (const raw of chunks) {
    const chunk = asBuffer(raw);
    let start = 0;
    for (let nl = chunk.indexOf(0x0a, start); nl >= 0; nl = chunk.indexOf(0x0a, start)) {
      const tail = chunk.subarray(start, nl);
      const bytes = pending.length > 0 ? Buffer.concat([...pending, tail]) : tail;
      pending = [];
      yield { number: ++number, offset, bytes: withoutCr(bytes) };
      start = nl + 1;
      offset = consumed + start;
    }
    if (start < chunk.length) pending.push(chunk.subarray(start));
    consumed += chunk.length;
  }
  if (pending.length > 0) yield { number: number + 1, offset, bytes: withoutCr(Buffer.concat(pending)) };
}
