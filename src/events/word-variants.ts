/**
 * The readings of one normalised word with its clitics stripped, for matching lexicon words written bare.
 * The tokeniser already picks one stem per token, but it keeps some clitics on purpose (future «سـ» on
 * «سيبدأ», pronouns on «ترحيلهم», the tanween alef of «هجوماً»), so the trigger matcher tries every reading:
 * conjunction (و ف), future س or a preposition (ب ل ك, «لل» = ل + ال), the article, the tanween alef, one
 * pronoun suffix. A reading that strips the future prefix is flagged: the trigger is then expected.
 */
export interface WordVariants {
  readonly forms: readonly string[];
  /** Bit k set when forms[k] was reached by stripping the future prefix «سـ». */
  readonly futureMask: number;
}

const CONJUNCTIONS = "وف";
const PREPOSITIONS = "بلك";
const IMPERFECT = "يتنا";
/** Longest first so «هما» is tried before «ها». The lone «ه» is left out: after normalisation it is also ta marbuta. */
const SUFFIXES = ["هما", "هم", "هن", "ها", "نا", "كم"];
const MIN_LEFT = 2;

class VariantSet {
  readonly forms: string[] = [];
  futureMask = 0;
  add(form: string, future: boolean): void {
    if (form.length < MIN_LEFT) return;
    let at = this.forms.indexOf(form);
    if (at < 0) {
      at = this.forms.length;
      this.forms.push(form);
    }
    if (future && at < 31) this.futureMask |= 1 << at;
  }
  isFuture(k: number): boolean {
    return k < 31 && (this.futureMask & (1 << k)) !== 0;
  }
}

function addProclitics(word: string, future: boolean, out: VariantSet): void {
  const first = word[0] ?? "";
  if (first === "س" && IMPERFECT.includes(word[1] ?? "") && word.length >= 5) out.add(word.slice(1), true);
  if (word.startsWith("لل") && word.length >= 4) {
    out.add(`ال${word.slice(2)}`, future);
    out.add(word.slice(2), future);
  }
  if (PREPOSITIONS.includes(first) && word.length - 1 >= MIN_LEFT) out.add(word.slice(1), future);
}

function addArticleAndEndings(out: VariantSet): void {
  for (let k = 0; k < out.forms.length; k++) {
    const form = out.forms[k]!;
    const future = out.isFuture(k);
    if (form.startsWith("ال") && form.length - 2 >= MIN_LEFT) out.add(form.slice(2), future);
  }
  for (let k = 0; k < out.forms.length; k++) {
    const form = out.forms[k]!;
    const future = out.isFuture(k);
    if (form.endsWith("ا") && form.length >= 4) out.add(form.slice(0, -1), future);
    // «أعدموه»: the verb's «وا» loses its alef before an object pronoun.
    if (form.endsWith("وه") && form.length >= 5) out.add(`${form.slice(0, -1)}ا`, future);
    for (const suffix of SUFFIXES) {
      if (!form.endsWith(suffix) || form.length - suffix.length < MIN_LEFT) continue;
      const stem = form.slice(0, -suffix.length);
      out.add(stem, future);
      if (stem.endsWith("و")) out.add(`${stem}ا`, future);
      // «سيطرتها» → «سيطرت» → «سيطره»: a ta marbuta is written ت before a suffix.
      if (stem.endsWith("ت")) out.add(`${stem.slice(0, -1)}ه`, future);
      break;
    }
  }
}

/** Every bare reading of a normalised word, the word itself first. */
export function wordVariants(word: string): WordVariants {
  const out = new VariantSet();
  out.add(word, false);
  addProclitics(word, false, out);
  if (CONJUNCTIONS.includes(word[0] ?? "") && word.length - 1 >= MIN_LEFT) {
    const rest = word.slice(1);
    out.add(rest, false);
    addProclitics(rest, false, out);
  }
  addArticleAndEndings(out);
  return { forms: out.forms, futureMask: out.futureMask };
}
