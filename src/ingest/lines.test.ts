import { describe, expect, it } from "vitest";
import { splitLines } from "./lines.js";

async function lines(chunks: readonly string[]) {
  const out: { number: number; offset: number; text: string }[] = [];
  const bytes = chunks.map((chunk) => Buffer.from(chunk, "utf8"));
  for await (const line of splitLines(bytes)) out.push({ ...line, text: line.bytes.toString("utf8") });
  return out.map(({ number, offset, text }) => ({ number, offset, text }));
}

describe("splitLines", () => {
  it("splits on \\n and \\r\\n, numbering lines from 1 with their byte offsets", async () => {
    expect(await lines(["a\r\nbb\n\nccc"])).toEqual([
      { number: 1, offset: 0, text: "a" },
      { number: 2, offset: 3, text: "bb" },
      { number: 3, offset: 6, text: "" },
      { number: 4, offset: 7, text: "ccc" },
    ]);
  });

  it("joins lines that span chunks, including a \\r\\n cut in two and a character cut in two", async () => {
    const word = Buffer.from("حلب", "utf8");
    const chunks = [
      Buffer.from("x\r"),
      Buffer.from("\nab"),
      word.subarray(0, 3),
      word.subarray(3),
      Buffer.from("\n"),
    ];
    const out: string[] = [];
    for await (const line of splitLines(chunks)) out.push(line.bytes.toString("utf8"));
    expect(out).toEqual(["x", "abحلب"]);
  });

  it("does not yield an empty last line after a final newline", async () => {
    expect((await lines(["a\n", "b\n"])).map((l) => l.text)).toEqual(["a", "b"]);
    expect(await lines([])).toEqual([]);
  });

  it("handles a long line arriving in many small chunks in linear time", async () => {
    const piece = "ن".repeat(50);
    const chunks = Array.from({ length: 20_000 }, () => piece); // 2 MB in 100-byte chunks
    const out = await lines([...chunks, "\nend"]);
    expect(out.map((l) => l.text.length)).toEqual([1_000_000, 3]);
    expect(out[1]!.offset).toBe(2_000_001);
  });
});
