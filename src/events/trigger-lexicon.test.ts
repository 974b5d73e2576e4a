import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { createContext } from "../core/context.js";
import { createDoc } from "../core/document.js";
import { dataPath } from "../core/paths.js";
import { applyStage } from "../core/pipeline.js";
import { normalizeArabic } from "../text/normalize.js";
import { textStages } from "../text/stages.js";
import { ACLED_SUB_EVENT_TYPES } from "./acled-types.js";
import { findTriggers } from "./find-triggers.js";
import {
  buildEventLexicon,
  loadEventTriggers,
  parseEventCues,
  parseEventTriggers,
} from "./trigger-lexicon.js";
import { wordVariants } from "./word-variants.js";

const HEADER = "forms\tevent_type\tsub_event_type\tpos\trule\tneeds\n";
const CUES = "forms\tcue\nمدفعية\tartillery\n";

function tokensOf(text: string) {
  let doc = createDoc("t", text);
  for (const stage of textStages) doc = applyStage(doc, stage, createContext({}));
  return doc.layers.tokens ?? [];
}

function triggersIn(text: string, lexicon = loadEventTriggers()) {
  const tokens = tokensOf(text);
  return findTriggers(tokens, lexicon.words.forTokens(tokens)).map((h) => ({
    words: text.slice(tokens[h.start]!.start, tokens[h.end - 1]!.end),
    sub: h.value.subType,
    future: h.future,
  }));
}

describe("event trigger lexicon", () => {
  const lexicon = loadEventTriggers();

  it("loads both shipped files", () => {
    expect(lexicon.triggers.size).toBeGreaterThan(300);
    expect(lexicon.cues.size).toBeGreaterThan(200);
  });

  it("covers every one of ACLED's 25 sub-event types, spelled as ACLED spells them", () => {
    const all = Object.entries(ACLED_SUB_EVENT_TYPES).flatMap(([type, subs]) =>
      subs.map((sub) => `${type}/${sub}`),
    );
    expect(all).toHaveLength(25);
    const covered = new Set<string>();
    for (const line of readFileSync(dataPath("lexicons", "event-triggers.tsv"), "utf8").split("\n")) {
      const cells = line.split("\t");
      if (line.startsWith("#") || cells.length < 6 || cells[0] === "forms" || cells[4] === "block") continue;
      covered.add(`${cells[1]}/${cells[2]}`);
    }
    expect(all.filter((s) => !covered.has(s))).toEqual([]);
    expect([...covered].filter((s) => !all.includes(s))).toEqual([]);
  });

  it("normalises forms on load: a row in one spelling matches text in another", () => {
    const custom = buildEventLexicon(
      `${HEADER}هدنة إنسانية\tStrategic developments\tAgreement\tns\tfixed\t-\n`,
      CUES,
    );
    // The row has «إ» and «ة»; the text writes bare alef, final «ه», a tatweel and a diacritic.
    expect(triggersIn("أعلنت الأطراف هدنـه انسانيّة اليوم", custom)).toEqual([
      { words: "هدنـه انسانيّة", sub: "Agreement", future: false },
    ]);
    expect(normalizeArabic("هدنة إنسانية")).toBe("هدنه انسانيه");
  });

  it("matches forms through clitics, pronoun suffixes and the tanween alef", () => {
    expect(triggersIn("وبقصفها للمدينة")).toEqual([
      { words: "وبقصفها", sub: "Shelling/artillery/missile attack", future: false },
    ]);
    expect(triggersIn("شن التنظيم هجوماً")[0]?.words).toBe("هجوماً");
    expect(triggersIn("سيتم ترحيلهم")[0]).toMatchObject({
      words: "ترحيلهم",
      sub: "Non-violent transfer of territory",
    });
    expect(triggersIn("وللانسحاب من المنطقة")[0]?.words).toBe("وللانسحاب");
  });

  it("flags the future prefix «سـ» on a verb trigger", () => {
    expect(triggersIn("ستقصف الطائرات")[0]).toMatchObject({ words: "ستقصف", future: true });
    expect(triggersIn("قصفت الطائرات")[0]).toMatchObject({ words: "قصفت", future: false });
  });

  it("prefers the longest phrase: a ceasefire is an agreement, not a shooting", () => {
    expect(triggersIn("وقف إطلاق النار")).toEqual([
      { words: "وقف إطلاق النار", sub: "Agreement", future: false },
    ]);
    expect(triggersIn("تفكيك عبوة ناسفة").map((t) => t.sub)).toEqual(["Disrupted weapons use"]);
  });

  it("lets background phrases block their words", () => {
    expect(triggersIn("في مناطق سيطرة المعارضة")).toEqual([]);
    expect(triggersIn("على خطوط الاشتباك")).toEqual([]);
  });

  it("rejects a row whose type is not ACLED's, and an unknown cue", () => {
    expect(() => parseEventTriggers(`${HEADER}قصف\tExplosions\tShelling\tno\tfixed\t-\n`)).toThrow(/ACLED/);
    expect(() => parseEventTriggers(`${HEADER}قصف\tBattles\tArmed clash\tx\tfixed\t-\n`)).toThrow(/pos/);
    expect(() => parseEventCues("forms\tcue\nطيران\tplanes\n")).toThrow(/unknown cue/);
  });

  it("gives a phrase in both the cue labels it is listed under", () => {
    const cues = parseEventCues("forms\tcue\nمدني\tcivilian\nمدني\tsingle\n");
    expect(cues.size).toBe(1);
  });
});

describe("wordVariants", () => {
  it("strips conjunction, preposition, article, pronoun and tanween, the word first", () => {
    const forms = wordVariants(normalizeArabic("وبالقذائف")).forms;
    expect(forms[0]).toBe("وبالقذاءف");
    expect(forms).toContain("قذاءف");
    expect(wordVariants("سيطرتها").forms).toContain("سيطره");
    expect(wordVariants("هجوما").forms).toContain("هجوم");
  });

  it("marks only the readings that dropped the future prefix", () => {
    const v = wordVariants("سيبدا");
    const k = v.forms.indexOf("يبدا");
    expect(k).toBeGreaterThan(0);
    expect(v.futureMask & (1 << k)).not.toBe(0);
    expect(v.futureMask & 1).toBe(0);
  });
});
