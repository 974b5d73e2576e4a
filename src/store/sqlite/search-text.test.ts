import { describe, expect, it } from "vitest";
import { normalizeArabic } from "../../text/normalize.js";
import { cliticVariants, ftsQuery, queryTerms, tokens, variantsText } from "./search-text.js";
import { makeSnippet } from "./snippet.js";

const n = normalizeArabic;

describe("cliticVariants", () => {
  it("strips conjunction, preposition and article in every combination", () => {
    expect(cliticVariants(n("بمخيم"))).toEqual([n("مخيم")]);
    expect(cliticVariants(n("وبالحسكة"))).toEqual([n("بالحسكة"), n("الحسكة"), n("حسكة")]);
    expect(cliticVariants(n("للمدينة"))).toEqual([n("المدينة"), n("مدينة")]);
    expect(cliticVariants(n("فللقوات"))).toEqual([n("للقوات"), n("القوات"), n("قوات")]);
    expect(cliticVariants(n("الرقة"))).toEqual([n("رقة")]);
    expect(cliticVariants(n("كالعادة"))).toEqual([n("العادة"), n("عادة")]);
  });

  it("leaves short words and words without clitics alone", () => {
    for (const word of ["ولا", "فيه", "لله", "بين", "قتل", "حمص", "ال"])
      expect(cliticVariants(n(word))).toEqual([]);
  });

  it("indexes variants of each token in order", () => {
    expect(variantsText(n("قصف بمدينة دير الزور"))).toBe(n("مدينة زور"));
  });
});

describe("queries", () => {
  it("normalises and de-duplicates terms, dropping all punctuation and operators", () => {
    expect(queryTerms(`"مسئول" OR مسؤول* NEAR(الأسد)`)).toEqual([n("مسؤول"), "or", "near", n("الاسد")]);
    expect(queryTerms(" ;--*()\"' ")).toEqual([]);
  });

  it("quotes every term as a phrase", () => {
    expect(ftsQuery(["a", "b"])).toBe('"a" AND "b"');
    expect(ftsQuery(['x"y'])).toBe('"x""y"');
    expect(ftsQuery([])).toBeNull();
  });

  it("splits tokens where FTS5's unicode61 does", () => {
    expect(tokens("قصف، 12 غارة-جوية").map((t) => t.text)).toEqual(["قصف", "12", "غارة", "جوية"]);
  });
});

describe("makeSnippet", () => {
  it("centres on the first matching token and keeps the raw spelling and marks", () => {
    const raw = "قال مسئولٌ محلي إن القصف طال بمُخيَّم خان الشيح فجراً.";
    expect(makeSnippet(raw, [n("مخيم")])).toBe(raw);
    expect(makeSnippet(raw, [n("مسؤول")])).toContain("مسئولٌ");
  });

  it("falls back to the start of the text when no term is found", () => {
    expect(makeSnippet("نص قصير\nعلى سطرين", ["غائب"])).toBe("نص قصير على سطرين");
  });

  it("does not split a surrogate pair when there is no whitespace to cut at", () => {
    for (const pad of ["", "x"]) {
      const raw = `${pad}${"😀".repeat(100)}هدف${"😀".repeat(100)}${pad}`;
      const snippet = makeSnippet(raw, ["هدف"]);
      expect(snippet).toContain("هدف");
      expect(snippet).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
    }
  });
});
