import { Readable, Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { tagConll, tagConllStream } from "./conll.js";
import { trainToyModel } from "./toy.test-helpers.js";

const model = trainToyModel();
const input = ["قال O", "سالم B-PERS", "الوردي\tI-PERS\textra", "", "", "في", "زهران", "."].join("\n");

describe("tagConll", () => {
  it("keeps the tokens, the blank lines and the line count; drops extra columns", () => {
    const lines = tagConll(`${input}\n`, model).split("\n");
    expect(lines.length).toBe(input.split("\n").length + 1);
    expect(lines.map((l) => l.split("\t")[0])).toEqual([
      "قال",
      "سالم",
      "الوردي",
      "",
      "",
      "في",
      "زهران",
      ".",
      "",
    ]);
    for (const line of lines.filter(Boolean))
      expect(line.split("\t")[1]).toMatch(/^(O|[BI]-(PERS|LOC|ORG|MISC))$/);
  });

  it("tags with the model", () => {
    const out = tagConll(input, model);
    expect(out.split("\n")[1]).toBe("سالم\tB-PERS");
    expect(out.split("\n")[6]).toBe("زهران\tB-LOC");
  });

  it("streams the same output", async () => {
    let written = "";
    const sink = new Writable({
      write(chunk, _encoding, done) {
        written += String(chunk);
        done();
      },
    });
    await tagConllStream(Readable.from([`${input}\n`]), sink, model);
    expect(written).toBe(tagConll(`${input}\n`, model));
  });
});

describe("tagConll in blocks", () => {
  it("streams the same output when the input spans several memory blocks", async () => {
    const sentence = ["قال O", "ريم", "الحلبي", "في", "تل", "الصفا", "."].join("\n");
    const long = `${Array.from({ length: 95 }, () => sentence).join("\n\n")}\n\n\n`;
    let written = "";
    const sink = new Writable({
      write(chunk, _encoding, done) {
        written += String(chunk);
        done();
      },
    });
    await tagConllStream(Readable.from([long]), sink, model);
    const out = tagConll(long, model);
    expect(written).toBe(out);
    expect(out.split("\n").length).toBe(long.split("\n").length);
    expect(out.split("\n")[1]).toBe("ريم\tB-PERS");
  });
});
