import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { afterAll, describe, expect, it } from "vitest";
import { collect } from "../../test/fixtures/ingest/collect.js";
import { InputError } from "../core/errors.js";
import { readArticles } from "./read-articles.js";

const FIXTURES = "test/fixtures/ingest";
const tmp = mkdtempSync(join(tmpdir(), "marsad-ingest-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Writes a file under the test's temporary folder and returns its path. */
function file(name: string, content: string | Uint8Array): string {
  const path = join(tmp, name);
  mkdirSync(join(path, ".."), { recursive: true });
  writeFileSync(path, content);
  return path;
}

const line = (record: object) => `${JSON.stringify(record)}\n`;

describe("JSON lines", () => {
  it("reads good records around bad ones, naming file, line and field for each problem", async () => {
    const path = `${FIXTURES}/mixed.jsonl`;
    const { articles, messages } = await collect(readArticles([path]));
    expect(articles.map((a) => a.id)).toEqual(["mx-001", "mx-006"]);
    expect(articles[0]).toEqual({
      id: "mx-001",
      text: "سقطت قذيفتان على حي الميدان في مدينة حلب مساء الثلاثاء.",
      source: "وكالة الشمال",
      url: "https://example.net/a1",
      published_at: "2020-02-11",
    });
    expect(articles[1]).toMatchObject({ source: null, url: null, published_at: "2020-02-12T08:15:00Z" });
    expect(messages).toEqual([
      `${path}:2: invalid JSON: Expected double-quoted property name in JSON at position 66`,
      `${path}:3 (field "text"): required field is missing`,
      `${path}:5 (field "published_at"): "2020-13-45" is not a valid date (expected YYYY-MM-DD or an ISO timestamp)`,
      `${path}:6 (field "id"): must be a non-empty string, got number`,
      `${path}:6 (field "source"): must be a string or null, got number`,
    ]);
  });

  it("reports each wrong type and empty value", async () => {
    const path = file(
      "types.jsonl",
      [
        line({ id: "t1", text: 42 }),
        line({ id: "t2", text: "" }),
        line({ id: "t3", text: " \n\t " }),
        line({ id: "", text: "نص" }),
        line({ id: "a\tb", text: "نص" }),
        line({ text: "نص" }),
        line({ id: "t7", text: "نص", url: ["x"], title: 3 }),
        line({ id: "t8", text: "نص", published_at: "yesterday" }),
        line({ id: "t9", text: "نص", published_at: 20180520 }),
        "[1, 2]\n",
        "null\n",
        line({ id: "ok", text: "نص سليم" }),
      ].join(""),
    );
    const { articles, messages } = await collect(readArticles([path]));
    expect(articles.map((a) => a.id)).toEqual(["ok"]);
    expect(messages).toEqual([
      `${path}:1 (field "text"): must be a string, got number`,
      `${path}:2 (field "text"): must not be empty`,
      `${path}:3 (field "text"): contains only whitespace`,
      `${path}:4 (field "id"): must not be empty`,
      `${path}:5 (field "id"): must not contain control characters (tabs, line breaks)`,
      `${path}:6 (field "id"): required field is missing`,
      `${path}:7 (field "url"): must be a string or null, got array`,
      `${path}:7 (field "title"): must be a string or null, got number`,
      `${path}:8 (field "published_at"): "yesterday" is not a valid date (expected YYYY-MM-DD or an ISO timestamp)`,
      `${path}:9 (field "published_at"): must be a string (YYYY-MM-DD or an ISO timestamp) or null, got number`,
      `${path}:10: a record must be a JSON object, got array`,
      `${path}:11: a record must be a JSON object, got null`,
    ]);
  });

  it("keeps the text exactly as given, strips a BOM only at the start of the file, and handles CRLF", async () => {
    const text = "\uFEFF  سطر أول\r\nسطر ثان\t ";
    const path = file(
      "exact.jsonl",
      `\uFEFF${line({ id: "e1", text }).replace("\n", "\r\n")}\r\n${line({ id: "e2", text: "ب" })}`,
    );
    const { articles, items } = await collect(readArticles([path]));
    expect(articles.map((a) => a.text)).toEqual([text, "ب"]);
    expect(items.map((i) => i.origin.line)).toEqual([1, 3]);
  });

  it("fills missing metadata from the options but keeps what the record says", async () => {
    const path = file(
      "defaults.jsonl",
      line({ id: "d1", text: "نص", source: "وكالة" }) + line({ id: "d2", text: "نص" }),
    );
    const { articles } = await collect(
      readArticles([path], { source: "مصدر عام", published_at: "2021-03-04" }),
    );
    expect(articles.map((a) => [a.source, a.published_at])).toEqual([
      ["وكالة", "2021-03-04"],
      ["مصدر عام", "2021-03-04"],
    ]);
  });

  it("reads one JSON document or an array from a .json file", async () => {
    const pretty = file("pretty.json", JSON.stringify({ id: "p1", text: "نص" }, null, 2));
    const array = file("array.json", JSON.stringify([{ id: "a1", text: "نص" }, { id: "a2" }]));
    const { articles, messages } = await collect(readArticles([pretty, array]));
    expect(articles.map((a) => a.id)).toEqual(["p1", "a1"]);
    expect(messages).toEqual([`${array}[1] (field "text"): required field is missing`]);
  });
});

describe("bad files", () => {
  it("rejects a binary file as a whole", async () => {
    const png = file(
      "photo.jsonl",
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
    );
    const bin = file("blob.txt", Buffer.from("abc\u0000def"));
    const { articles, messages } = await collect(readArticles([png, bin]));
    expect(articles).toEqual([]);
    expect(messages).toEqual([
      `${png}: binary file (NUL byte at byte 8), not text; file skipped`,
      `${bin}: binary file (NUL byte at byte 3), not text; file skipped`,
    ]);
  });

  it("rejects UTF-16 with a hint", async () => {
    const path = file("utf16.jsonl", Buffer.from(`\uFEFF${line({ id: "u", text: "نص" })}`, "utf16le"));
    const { messages } = await collect(readArticles([path]));
    expect(messages).toEqual([
      `${path}: looks like UTF-16 text, which is not supported: convert it to UTF-8; file skipped`,
    ]);
  });

  it("rejects invalid UTF-8 by line in JSON lines (the others still come) and by file in text", async () => {
    const good = Buffer.from(line({ id: "g1", text: "سليم" }));
    const bad = Buffer.concat([
      Buffer.from('{"id": "b", "text": "'),
      Buffer.from([0xd8, 0x41]),
      Buffer.from('"}\n'),
    ]);
    const path = file(
      "latin.jsonl",
      Buffer.concat([good, bad, Buffer.from(line({ id: "g2", text: "سليم" }))]),
    );
    const txt = file("latin.txt", Buffer.from([0x61, 0x62, 0x63, 0xe9, 0x0a]));
    const { articles, messages } = await collect(readArticles([path, txt]));
    expect(articles.map((a) => a.id)).toEqual(["g1", "g2"]);
    expect(messages).toEqual([
      `${path}:2: invalid UTF-8 (first bad byte at byte ${good.length + 21})`,
      `${txt}: invalid UTF-8 (first bad byte at byte 3)`,
    ]);
  });

  it("reports a NUL byte deep in a JSON lines file for its line only", async () => {
    const padding = line({ id: "pad", text: "ا".repeat(5000) });
    const path = file(
      "late-nul.jsonl",
      `${padding}{"id": "x", "text": "a\u0000b"}\n${line({ id: "after", text: "ب" })}`,
    );
    const { articles, messages } = await collect(readArticles([path]));
    expect(articles.map((a) => a.id)).toEqual(["pad", "after"]);
    expect(messages).toEqual([
      `${path}:2: NUL byte at byte ${Buffer.byteLength(padding) + 22}: binary data, not a JSON line`,
    ]);
  });

  it("warns about empty files of every kind", async () => {
    const paths = [
      file("empty.jsonl", ""),
      file("blank.jsonl", "\n \r\n\n"),
      file("empty.txt", ""),
      file("empty.html", ""),
    ];
    const { articles, items, messages } = await collect(readArticles(paths));
    expect(articles).toEqual([]);
    expect(items.every((i) => i.kind === "error" && i.severity === "warning")).toBe(true);
    expect(messages).toEqual(paths.map((p) => `warning: ${p}: no articles (empty file)`));
  });

  it("reads a 50 MB single line in linear time", async () => {
    const big = "قصف ".repeat(6_553_600); // 26 M characters, 50 MiB of UTF-8
    const path = file("huge.jsonl", `${line({ id: "huge", text: big })}${line({ id: "next", text: "ب" })}`);
    const started = performance.now();
    const { articles, messages } = await collect(readArticles([path]));
    const seconds = (performance.now() - started) / 1000;
    expect(messages).toEqual([]);
    expect(articles.map((a) => [a.id, a.text.length])).toEqual([
      ["huge", big.length],
      ["next", 1],
    ]);
    expect(articles[0]!.text === big).toBe(true);
    console.log(`50 MiB line: ${seconds.toFixed(2)} s (${(50 / seconds).toFixed(0)} MiB/s)`);
  });
});

describe("inputs", () => {
  it("walks a directory in name order, skips hidden files and reports each unreadable entry", async () => {
    const dir = join(tmp, "walk");
    file("walk/b.jsonl", line({ id: "b1", text: "نص" }));
    file("walk/a/inner.txt", "نص داخلي");
    file("walk/notes.pdf", "%PDF");
    file("walk/.hidden.jsonl", line({ id: "hidden", text: "نص" }));
    file("walk/named-like-a-file.jsonl/inside.jsonl", line({ id: "in1", text: "نص" }));
    symlinkSync(join(dir, "missing-target.jsonl"), join(dir, "broken.jsonl"));
    symlinkSync(dir, join(dir, "loop"));
    execFileSync("mkfifo", [join(dir, "pipe.jsonl")]);
    const { articles, messages } = await collect(readArticles([dir]));
    expect(articles.map((a) => a.id)).toEqual(["inner", "b1", "in1"]);
    expect(messages).toEqual([
      `${dir}/broken.jsonl: broken symbolic link (its target does not exist), skipped`,
      `warning: ${dir}/loop: directory already read (a symbolic link loop or a second path to it), skipped`,
      `warning: ${dir}/notes.pdf: unsupported file type ".pdf", skipped`,
      `${dir}/pipe.jsonl: a named pipe (FIFO), skipped`,
    ]);
  });

  it("reports a missing input and an explicit file of unknown type, and goes on", async () => {
    const missing = join(tmp, "nope.jsonl");
    const odd = file("data.csv", "id,text\n");
    const good = file("good.jsonl", line({ id: "g", text: "نص" }));
    const { articles, messages } = await collect(readArticles([missing, odd, good]));
    expect(articles.map((a) => a.id)).toEqual(["g"]);
    expect(messages).toEqual([
      `${missing}: cannot read: no such file or directory`,
      `${odd}: unsupported file type; expected one of .jsonl, .ndjson, .json, .txt, .html, .htm`,
    ]);
  });

  it("reads JSON lines from standard input when there are no inputs or for '-'", async () => {
    const stdin = () =>
      Readable.from([Buffer.from(line({ id: "s1", text: "نص" })), Buffer.from('{"id": "s2", "te')]);
    const none = await collect(readArticles([], { stdin: stdin() }));
    expect(none.articles.map((a) => a.id)).toEqual(["s1"]);
    expect(none.messages).toEqual(["<stdin>:2: invalid JSON: Unterminated string in JSON at position 16"]);
    const dash = await collect(readArticles(["-", "-"], { stdin: stdin() }));
    expect(dash.messages.at(-1)).toBe("<stdin>: standard input named twice; read once");
  });

  it("reads a text file with the id from its name and metadata from the options", async () => {
    const path = `${FIXTURES}/bulletin.txt`;
    const { articles } = await collect(
      readArticles([path], { source: "مديرية الصحة", published_at: "2022-01-09" }),
    );
    expect(articles).toEqual([
      {
        id: "bulletin",
        text: "أعلنت مديرية الصحة في محافظة درعا اليوم عن افتتاح مستوصف جديد في بلدة نوى.\n\nوقال مدير المستوصف إن المركز سيستقبل نحو 200 مراجع يومياً.\n",
        source: "مديرية الصحة",
        url: null,
        published_at: "2022-01-09",
      },
    ]);
  });

  it("reads text from standard input with the format option", async () => {
    const stdin = Readable.from([Buffer.from("\uFEFFخبر عاجل")]);
    const { articles } = await collect(readArticles(["-"], { stdin, format: "txt", stdinId: "pasted" }));
    expect(articles.map((a) => [a.id, a.text])).toEqual([["pasted", "خبر عاجل"]]);
  });

  it("throws at once for a bad published_at option", () => {
    expect(() => readArticles([], { published_at: "yesterday" })).toThrow(InputError);
    expect(() => readArticles([], { published_at: "2018-13-45" })).toThrow(
      'options (field "published_at"): "2018-13-45" is not a valid date (expected YYYY-MM-DD or an ISO timestamp)',
    );
  });
});
