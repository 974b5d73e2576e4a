import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { dataPath } from "../core/paths.js";
import { normalizeText } from "./normalize.js";
import { splitSentences } from "./sentences.js";
import { tokenize } from "./tokenize.js";

function sentences(raw: string): string[] {
  return splitSentences(raw, tokenize(raw, normalizeText(raw))).map((s) => raw.slice(s.start, s.end));
}

function seed(id: string): string {
  const lines = readFileSync(dataPath("samples", "articles.jsonl"), "utf8").split("\n").filter(Boolean);
  const found = lines
    .map((line) => JSON.parse(line) as { id: string; text: string })
    .find((a) => a.id === id);
  if (!found) throw new Error(`no sample ${id}`);
  return found.text;
}

describe("splitSentences: sentence-final marks", () => {
  it("ends at . ! ? ؟ and …", () => {
    expect(sentences("قصفت الطائرات حماة. قتل ثلاثة! هل انسحبوا؟ لا أحد يعرف… انتهى")).toEqual([
      "قصفت الطائرات حماة.",
      "قتل ثلاثة!",
      "هل انسحبوا؟",
      "لا أحد يعرف…",
      "انتهى",
    ]);
  });

  it("ends at «..» and runs of marks", () => {
    expect(sentences("هدوء منذ 12 ساعة.. استعدادات للخروج؟! نعم...")).toEqual([
      "هدوء منذ 12 ساعة..",
      "استعدادات للخروج؟!",
      "نعم...",
    ]);
  });

  it("does not end inside numbers", () => {
    expect(sentences("ارتفع العدد 3.5 مرة إلى ٣٫٥ ألف. ثم توقف.")).toEqual([
      "ارتفع العدد 3.5 مرة إلى ٣٫٥ ألف.",
      "ثم توقف.",
    ]);
  });

  it("does not end after abbreviations and initials", () => {
    expect(sentences("قال د. سامر الخطيب إن م. وليد وصل. وغادر الوفد.")).toEqual([
      "قال د. سامر الخطيب إن م. وليد وصل.",
      "وغادر الوفد.",
    ]);
    expect(sentences("The U.S. envoy met Dr. Haddad in Amman. He left.")).toEqual([
      "The U.S. envoy met Dr. Haddad in Amman.",
      "He left.",
    ]);
  });

  it("does not end inside a quotation that goes on", () => {
    expect(sentences('قال القائد: "وصلنا. سنبقى هنا" ثم غادر. انتهى الاجتماع.')).toEqual([
      'قال القائد: "وصلنا. سنبقى هنا" ثم غادر.',
      "انتهى الاجتماع.",
    ]);
    expect(sentences("وأضاف «لن ننسحب. أبداً» في بيان. وردّ الجيش.")).toEqual([
      "وأضاف «لن ننسحب. أبداً» في بيان.",
      "وردّ الجيش.",
    ]);
  });

  it("does not end inside nested pairs, nor inside „…“ closed by either closing quote", () => {
    expect(
      sentences(
        "نقل المراسل «قال الضابط (وهو من درعا. كما يبدو) إن القصف توقف. ثم عاد» بعد ساعة. وانتهى اليوم.",
      ),
    ).toEqual([
      "نقل المراسل «قال الضابط (وهو من درعا. كما يبدو) إن القصف توقف. ثم عاد» بعد ساعة.",
      "وانتهى اليوم.",
    ]);
    // The inner pair's closer «)» is itself inside the quotation: the period before it ends nothing.
    expect(sentences("قال البيان «انسحبت القوات (انظر الخريطة.) من البلدة» أمس. وعاد الهدوء.")).toEqual([
      "قال البيان «انسحبت القوات (انظر الخريطة.) من البلدة» أمس.",
      "وعاد الهدوء.",
    ]);
    expect(sentences("كتبت الصحيفة „الهدنة صامدة. حتى الآن“ صباحاً. ولم تعلق الحكومة.")).toEqual([
      "كتبت الصحيفة „الهدنة صامدة. حتى الآن“ صباحاً.",
      "ولم تعلق الحكومة.",
    ]);
  });

  it("does not keep a quotation open across a blank line", () => {
    expect(sentences("قال المتحدث «سنواصل القتال.\n\nلن نتراجع. أبداً» في المؤتمر.")).toEqual([
      "قال المتحدث «سنواصل القتال.",
      "لن نتراجع.",
      "أبداً» في المؤتمر.",
    ]);
  });

  it("keeps a closing quote or bracket with the sentence it ends", () => {
    expect(sentences("قال: «انتهت المعركة.» وبدأ الإعمار. (انظر أدناه.) تم.")).toEqual([
      "قال: «انتهت المعركة.»",
      "وبدأ الإعمار.",
      "(انظر أدناه.)",
      "تم.",
    ]);
  });

  it("an unmatched quote does not swallow the rest of the text", () => {
    expect(sentences('نقلت وكالة "سانا عن مصدر. وقال آخر. ثم صمت.')).toEqual([
      'نقلت وكالة "سانا عن مصدر.',
      "وقال آخر.",
      "ثم صمت.",
    ]);
  });
});

describe("splitSentences: line breaks", () => {
  it("does not end at a hard line break mid-sentence", () => {
    expect(sentences("سيطرت فصائل المعارضة على\nبلدة خان شيخون بريف\nإدلب الجنوبي.")).toEqual([
      "سيطرت فصائل المعارضة على\nبلدة خان شيخون بريف\nإدلب الجنوبي.",
    ]);
  });

  it("ends at a line break after sentence-final punctuation and at a blank line", () => {
    expect(sentences("وصلت القافلة.\nبدأ التوزيع\n\nعنوان آخر بلا نقطة\n\n")).toEqual([
      "وصلت القافلة.",
      "بدأ التوزيع",
      "عنوان آخر بلا نقطة",
    ]);
    expect(sentences("سطر أول\r\n\r\nسطر ثان")).toEqual(["سطر أول", "سطر ثان"]);
    expect(sentences("سطر أول\r\rسطر ثان")).toEqual(["سطر أول", "سطر ثان"]);
  });

  it("closes a quotation left open at a paragraph break, whatever the line endings", () => {
    // The « is never closed in its paragraph; the » of the next one must not pair with it and hide
    // the period of «آخر.» inside a quotation.
    const expected = ["قال: «هذا نص.", "ثم جاء خبر آخر.", "وانتهى» الأمر."];
    for (const blank of ["\n\n", "\r\n\r\n", "\r\r", "\u2029", "\n\u000c"]) {
      expect(sentences(`قال: «هذا نص.${blank}ثم جاء خبر آخر. وانتهى» الأمر.`)).toEqual(expected);
    }
  });

  it("keeps a quotation open across a single line break of any kind", () => {
    for (const lineBreak of ["\n", "\r\n", "\r", "\u2028"]) {
      expect(sentences(`قال: «هذا نص.${lineBreak}ثم جاء خبر آخر» الأمر.`)).toEqual([
        `قال: «هذا نص.${lineBreak}ثم جاء خبر آخر» الأمر.`,
      ]);
    }
  });

  it("ends before a list marker on a new line", () => {
    expect(sentences("أبرز النقاط:\n- وقف إطلاق النار\n- تبادل الأسرى")).toEqual([
      "أبرز النقاط:",
      "- وقف إطلاق النار",
      "- تبادل الأسرى",
    ]);
  });

  it("joins the broken lines of seed-004 and still ends at each line-final period", () => {
    const raw = seed("seed-004");
    const found = sentences(raw);
    for (const broken of ["قوات\nالنظام", "بجنوب\nدمشق", "في\nحي القدم", "تنظيم\nداعش", "في\nالحجر الأسود"]) {
      expect(found.filter((s) => s.includes(broken))).toHaveLength(1);
    }
    expect(found[0]!.startsWith("كشفت مواقع")).toBe(true);
    expect(found[0]!.endsWith("مقرب من النظام.")).toBe(true);
    expect(found[1]!.startsWith("ونشرت صفحة")).toBe(true);
    expect(found).toHaveLength(10);
    // The quotation closes after «يومي»: the sentence takes the quote and the period.
    expect(found.some((s) => s.endsWith('بشكل يومي".'))).toBe(true);
  });

  it("splits seed-000 at «..», at line-final periods, and not at the long comma chains", () => {
    const found = sentences(seed("seed-000"));
    expect(found[0]!.endsWith("منذ 36 ساعة..")).toBe(true);
    expect(found[1]!.startsWith("تحضيرات مستمرة")).toBe(true);
    expect(found[1]!.endsWith("البادية السورية.")).toBe(true);
    expect(found[2]!.startsWith("لا يزال الهدوء")).toBe(true);
    expect(found[3]!.startsWith("وكان رصد المرصد")).toBe(true);
    expect(found).toHaveLength(4);
  });
});

describe("splitSentences: spans", () => {
  it("trims whitespace and returns nothing for blank text", () => {
    expect(sentences("  \n\t ")).toEqual([]);
    expect(sentences("")).toEqual([]);
    expect(sentences("  حلب.  ")).toEqual(["حلب."]);
  });

  it("keeps non-whitespace characters that no token covers", () => {
    expect(sentences("حماة.\u200f\n\nحمص")).toEqual(["حماة.\u200f", "حمص"]);
    expect(sentences("\u200f")).toEqual(["\u200f"]);
  });
});
