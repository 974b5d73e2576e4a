import { describe, expect, it } from "vitest";
import { createContext } from "../core/context.js";
import { createDoc } from "../core/document.js";
import { applyStage } from "../core/pipeline.js";
import { textStages } from "../text/stages.js";
import { wordFormsOf } from "../text/word-forms.js";
import { TokenPhraseIndex, WordTable } from "./token-phrase-index.js";

function tokensOf(text: string) {
  let doc = createDoc("t", text);
  for (const stage of textStages) doc = applyStage(doc, stage, createContext({}));
  return doc.layers.tokens ?? [];
}

function table(): WordTable<string, string> {
  const first = new TokenPhraseIndex<string>();
  first.add(["قصف"], "shelling");
  first.add(["غاره", "جويه"], "air strike");
  const second = new TokenPhraseIndex<string>();
  second.add(["مدفعيه"], "artillery");
  return new WordTable(first, second);
}

describe("WordTable.forTokens", () => {
  // Words repeat (the form-id path serves them from its array), with clitics and a pronoun suffix.
  const text = "وقصفت المدفعية حلب، ثم قصف الطيران إدلب بغارة جوية. وتابع القصف مدفعيته وقصف الطيران حماة.";

  it("gives the tokeniser's tokens the same infos as tokens without word forms", () => {
    const tokens = tokensOf(text);
    expect(wordFormsOf(tokens)).toBeDefined();
    const copy = [...tokens]; // no word forms: every lookup goes by string
    expect(wordFormsOf(copy)).toBeUndefined();
    const byForm = table().forTokens(tokens);
    const byString = table().forTokens(copy);
    expect(byForm).toEqual(byString);
    expect(byForm.some((info) => info.a.length > 0)).toBe(true);
    expect(byForm.some((info) => info.b.length > 0)).toBe(true);
  });

  it("keeps infos right from one document to the next", () => {
    const words = table();
    const first = words.forTokens(tokensOf(text));
    const again = words.forTokens(tokensOf(`${text} ${text}`));
    expect(again.slice(0, first.length)).toEqual(first);
    expect(again.slice(first.length)).toEqual(first);
  });
});
