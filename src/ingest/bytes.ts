/**
 * Turning bytes into text without guessing: NUL bytes mean a binary file, invalid UTF-8 is refused (a
 * fatal decoder) rather than silently replaced, and a byte order mark is removed only at the start of a file.
 */

const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

export const UTF8_BOM = [0xef, 0xbb, 0xbf] as const;

/** How far into a file a NUL byte marks the whole file as binary (beyond it, only the line is bad). */
export const BINARY_SNIFF_BYTES = 8192;

export function hasUtf8Bom(bytes: Uint8Array): boolean {
  return bytes[0] === UTF8_BOM[0] && bytes[1] === UTF8_BOM[1] && bytes[2] === UTF8_BOM[2];
}

/** The bytes without a leading UTF-8 byte order mark. */
export function stripBom(bytes: Uint8Array): Uint8Array {
  return hasUtf8Bom(bytes) ? bytes.subarray(3) : bytes;
}

/** UTF-16 files are full of NUL bytes; they deserve their own hint rather than "binary". */
export function looksUtf16(bytes: Uint8Array): boolean {
  return (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
}

export const UTF16_PROBLEM = "looks like UTF-16 text, which is not supported: convert it to UTF-8";

export function binaryProblem(nulAt: number): string {
  return `binary file (NUL byte at byte ${nulAt}), not text`;
}

/** Why a whole file cannot be read as text, or null: UTF-16, or a NUL byte anywhere. */
export function notTextProblem(bytes: Uint8Array): string | null {
  if (looksUtf16(bytes)) return UTF16_PROBLEM;
  const nul = bytes.indexOf(0);
  return nul < 0 ? null : binaryProblem(nul);
}

/**
 * Decodes UTF-8 strictly: the text, or a message naming the first bad byte (counted from the start of
 * the file: `base` is where `bytes` begin in it).
 */
export function decodeUtf8(bytes: Uint8Array, base = 0): { text: string } | { problem: string } {
  try {
    return { text: decoder.decode(bytes) };
  } catch {
    return { problem: `invalid UTF-8 (first bad byte at byte ${base + firstInvalidUtf8(bytes)})` };
  }
}

/** The range allowed for the second byte after lead byte `b` (RFC 3629 table 3-7), or null if `b` cannot lead. */
function sequence(b: number): [length: number, low: number, high: number] | null {
  if (b >= 0xc2 && b <= 0xdf) return [2, 0x80, 0xbf];
  if (b === 0xe0) return [3, 0xa0, 0xbf];
  if (b === 0xed) return [3, 0x80, 0x9f]; // no UTF-16 surrogates
  if (b >= 0xe1 && b <= 0xef) return [3, 0x80, 0xbf];
  if (b === 0xf0) return [4, 0x90, 0xbf];
  if (b >= 0xf1 && b <= 0xf3) return [4, 0x80, 0xbf];
  if (b === 0xf4) return [4, 0x80, 0x8f];
  return null;
}

/** Byte offset of the first byte that is not part of a valid UTF-8 sequence (linear, for messages). */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    const seq = sequence(b);
    if (!seq) return i;
    const [length, low, high] = seq;
    const second = bytes[i + 1];
    if (second === undefined || second < low || second > high) return i;
    for (let k = 2; k < length; k++) {
      const next = bytes[i + k];
      if (next === undefined || next < 0x80 || next > 0xbf) return i;
    }
    i += length;
  }
  return i;
}

/** All chunks of a stream in one buffer (for formats that need the whole file: .txt, .html, .json). */
export async function readAll(chunks: AsyncIterable<Uint8Array>): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const chunk of chunks) parts.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk));
  return Buffer.concat(parts);
}
