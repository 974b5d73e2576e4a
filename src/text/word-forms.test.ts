import { describe, expect, it } from "vitest";
import { normalizeArabic, normalizeText } from "./normalize.js";
import { tokenize } from "./tokenize.js";
import { wordFormsOf } from "./word-forms.js";

describe("wordFormsOf", () => {
  const text = "قصفت الطائرات بلدة كفرنبل، ثم عادت الطائرات فقصفت كفرنبل مرة ثالثة (3 غارات).";
  const tokens = tokenize(text, normalizeText(text));
  const forms = wordFormsOf(tokens)!;

  it("gives every Arabic token of a tokenised text a form id, and other tokens -1", () => {
    expect(forms.ids.length).toBe(tokens.length);
    tokens.forEach((t, i) => {
      if (t.kind === "arabic") expect(forms.ids[i]).toBeGreaterThanOrEqual(0);
      else expect(forms.ids[i]).toBe(-1);
      expect(forms.ids[i]).toBeLessThan(forms.capacity);
    });
  });

  it("gives a repeated word the same id, and different words different ids", () => {
    const idOf = (raw: string, word = normalizeArabic(raw)) => [
      ...new Set(tokens.flatMap((t, i) => (t.norm === word ? [forms.ids[i]] : []))),
    ];
    expect(idOf("كفرنبل")).toHaveLength(1);
    expect(idOf("الطائرات")).toHaveLength(1);
    expect(idOf("كفرنبل")).not.toEqual(idOf("الطائرات"));
  });

  it("knows nothing of token layers made elsewhere", () => {
    expect(wordFormsOf([...tokens])).toBeUndefined();
  });
});
