import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { dataPath } from "../core/paths.js";
import { normalizeArabic } from "../text/normalize.js";
import { loadAttributionCues, parseAttributionCues } from "./cue-lexicon.js";
import { masdarForms, participleForms, pastForms, pastObjectForms, presentForms } from "./inflect.js";

const lexicon = loadAttributionCues();
const cueOf = (word: string) => lexicon.cues.match([normalizeArabic(word)], 0, 1, false)?.value;

const HEADER = "kind\tcertainty\tform\tpresent\tparticiple\tmasdar\tpassive\tintro\tflags";
const SOURCES = "phrase\trole\tvalue\nمصدر\thead\tanonymous\n";

describe("attribution cue lexicon", () => {
  it("names its source and licence in the header comment", () => {
    const head = readFileSync(dataPath("lexicons", "attribution-cues.tsv"), "utf8").split("\n")[0];
    expect(head).toMatch(/^# .*Source: hand-written, Apache-2\.0/);
  });

  it("normalises entries on load: shadda, hamza and alef maqsura spellings all match", () => {
    const tsv = `${HEADER}\nverb\tconfirmed\tأكّد\tيؤكّد\t\t\t\t\tdirect\nverb\tdenied\tنفى\tينفي\t\t\t\t\t\n`;
    const lex = parseAttributionCues(tsv, SOURCES);
    const match = (w: string) => lex.cues.match([normalizeArabic(w)], 0, 1, false)?.value.row.certainty;
    expect(match("أكد")).toBe("confirmed");
    expect(match("اكدت")).toBe("confirmed");
    expect(match("تؤكد")).toBe("confirmed");
    expect(match("تئكد")).toBe("confirmed"); // ؤ and ئ are one letter after normalisation
    expect(match("نفت")).toBe("denied");
    expect(match("نفى")).toBe("denied");
  });

  it("generates the inflections reporters write", () => {
    for (const form of ["قالت", "قالوا", "يقول", "تقول", "يقولون", "فقال", "وقالت"]) {
      expect(cueOf(form)?.row.lemma, form).toBe(normalizeArabic("قال"));
    }
    expect(cueOf("تداولته")).toMatchObject({ object: true, row: { certainty: "rumoured" } });
    expect(cueOf("ونفوا")?.row.certainty).toBe("denied");
    expect(cueOf("مؤكداً")?.form).toBe("participle");
    expect(cueOf("مشيرة")?.form).toBe("participle");
    expect(cueOf("قولها")?.masdar).toBe(true);
    expect(cueOf("يشاع")?.passive).toBe(true);
    expect(cueOf("يعتقد")?.row.certainty).toBe("rumoured");
  });

  it("keeps a listed form over a generated one («نقلاً» is the relay, not a dual verb)", () => {
    expect(cueOf("نقلاً")?.row.kind).toBe("prep");
    expect(cueOf("نقلاً")?.row.relay).toBe(true);
    expect(cueOf("نقلت")?.row.kind).toBe("verb");
  });

  it("matches multiword cues and noun cues", () => {
    const words = ["من", "المتوقع", "ان"].map(normalizeArabic);
    expect(lexicon.cues.match(words, 0, 3, false)?.end).toBe(2);
    expect(cueOf("شائعات")?.row.kind).toBe("noun");
    expect(lexicon.cueForms).toBeGreaterThan(800);
  });

  it("rejects unknown kinds and certainties", () => {
    expect(() => parseAttributionCues(`${HEADER}\nverb\tsure\tقال\n`, SOURCES)).toThrow(/certainty/);
    expect(() => parseAttributionCues(`${HEADER}\nadverb\treported\tقال\n`, SOURCES)).toThrow(/kind/);
    expect(() => parseAttributionCues(`${HEADER}\n`, "phrase\trole\tvalue\nx\thead\tblogger\n")).toThrow(
      /kind/,
    );
  });
});

describe("inflection", () => {
  it("treats a final alef maqsura as a defective verb", () => {
    expect(pastForms(normalizeArabic("نفى"))).toEqual(expect.arrayContaining(["نفت", "نفوا"]));
    expect(pastObjectForms(normalizeArabic("نفى"))).toEqual(expect.arrayContaining(["نفته", "نفاه"]));
    expect(presentForms(normalizeArabic("ينفي"))).toEqual(expect.arrayContaining(["تنفي", "ينفون"]));
  });

  it("adds fem., plural and object pronouns to sound verbs", () => {
    expect(pastForms("ذكر")).toEqual(expect.arrayContaining(["ذكرت", "ذكروا", "ذكرا"]));
    expect(pastObjectForms("ذكر")).toEqual(expect.arrayContaining(["ذكره", "ذكرته", "ذكروه"]));
    expect(presentForms("يذكر")).toEqual(expect.arrayContaining(["تذكر", "يذكرون", "يذكران"]));
    expect(participleForms("مشير")).toEqual(["مشير", "مشيرا", "مشيره", "مشيرين", "مشيرون"]);
    expect(masdarForms(normalizeArabic("إفادة"))).toContain("افادته");
  });
});
