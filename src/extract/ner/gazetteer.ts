import { readFileSync } from "node:fs";
import { dataPath } from "../../core/paths.js";
import { normalizeArabic } from "../../text/normalize.js";
import { lightStem } from "./stem.js";

/** Gazetteer types, as bits: a name may be listed under several. */
export const GAZ_TYPES = ["PERS", "LOC", "ORG"] as const;
export type GazType = (typeof GAZ_TYPES)[number];

const MAX_PHRASE = 6;

const NO_FORMS: readonly string[] = Object.freeze([]);

/**
 * Name lists used as tagger features (not as a matcher of their own): whether a word, or a run of words,
 * is a listed person, place or organisation. Entries are normalised on load, whatever the file holds.
 */
export class NerGazetteer {
  /** Normalised phrase (words joined by one space) → bitmask of types. */
  private readonly phrases = new Map<string, number>();
  /** First word of a multi-word phrase → longest phrase length starting with it. */
  private readonly starts = new Map<string, number>();
  /** Every run of two or more leading words of a longer phrase: a match can only grow past one of these. */
  private readonly prefixes = new Set<string>();
  private readonly formsMemo = new Map<string, readonly string[]>();

  add(type: GazType, name: string): void {
    const words = normalizeArabic(name).trim().split(/\s+/).filter(Boolean);
    if (words.length === 0 || words.length > MAX_PHRASE) return;
    const key = words.join(" ");
    this.phrases.set(key, (this.phrases.get(key) ?? 0) | (1 << GAZ_TYPES.indexOf(type)));
    this.formsMemo.clear();
    if (words.length > 1) {
      const first = words[0]!;
      this.starts.set(first, Math.max(this.starts.get(first) ?? 0, words.length));
      for (let length = 2; length < words.length; length++)
        this.prefixes.add(words.slice(0, length).join(" "));
    }
  }

  get size(): number {
    return this.phrases.size;
  }

  /** Every single word the gazetteer knows: its mask as a one-word name (0 if none), and whether it opens a phrase. */
  forEachWord(visit: (word: string, mask: number, opens: boolean) => void): void {
    for (const [phrase, mask] of this.phrases) if (!phrase.includes(" ")) visit(phrase, mask, true);
    for (const word of this.starts.keys()) if (!this.phrases.has(word)) visit(word, 0, true);
  }

  /**
   * Bitmask of types for one normalised word, trying it bare of clitics and with the article too.
   * `stem`: lightStem(word).stem, when the caller has it already.
   */
  wordMask(word: string, stem = lightStem(word).stem): number {
    const direct = this.phrases.get(word);
    if (direct !== undefined) return direct;
    if (stem === word) return this.phrases.get(`ال${word}`) ?? 0;
    return this.phrases.get(stem) ?? this.phrases.get(`ال${stem}`) ?? 0;
  }

  /**
   * Greedy longest-match over a sentence of normalised words. Returns one code per word:
   * 0 outside any match, else `1 + 2 * typeIndex` for the first word and `2 + 2 * typeIndex` after it
   * (the lowest type bit wins when a phrase is listed under several types). `formsAt(i)`: openingForms of
   * word i, for callers that keep them per word already.
   */
  matchSentence(
    words: readonly string[],
    formsAt: (i: number) => readonly string[] = (i) => this.firstForms(words[i]!),
  ): Uint8Array {
    const codes = new Uint8Array(words.length);
    for (let i = 0; i < words.length; ) {
      const forms = formsAt(i);
      const length = forms.length === 0 ? 0 : this.longestAt(words, i, forms);
      if (length === 0) {
        i++;
        continue;
      }
      const mask = this.maskAt(words, i, length, forms);
      const type = 31 - Math.clz32(mask & -mask);
      codes[i] = 1 + 2 * type;
      for (let k = 1; k < length; k++) codes[i + k] = 2 + 2 * type;
      i += length;
    }
    return codes;
  }

  /**
   * Forms of a word that can open a listed phrase (the word, its stem, either with the article), for
   * matchSentence's `formsAt`; most words open none and share one empty array. `stem` as for wordMask.
   */
  openingForms(word: string, stem = lightStem(word).stem): readonly string[] {
    const all = stem === word ? [word, `ال${word}`] : [word, stem, `ال${stem}`];
    const forms = all.filter((f) => this.phrases.has(f) || this.starts.has(f));
    return forms.length === 0 ? NO_FORMS : forms;
  }

  /** openingForms, memoised: news vocabulary repeats. */
  private firstForms(word: string): readonly string[] {
    let forms = this.formsMemo.get(word);
    if (forms === undefined) {
      forms = this.openingForms(word);
      if (this.formsMemo.size >= 200_000) this.formsMemo.clear();
      this.formsMemo.set(word, forms);
    }
    return forms;
  }

  /**
   * The longest listed phrase at word i, opened by the first of `forms` that opens one. Grows the phrase a
   * word at a time and stops where no longer phrase begins so, rather than trying every length from the
   * longest down (each a new string), which costs the same answer more strings.
   */
  private longestAt(words: readonly string[], i: number, forms: readonly string[]): number {
    for (const first of forms) {
      const max = Math.min(this.starts.get(first) ?? 1, words.length - i);
      let longest = this.phrases.has(first) ? 1 : 0;
      let key = first;
      for (let length = 2; length <= max; length++) {
        key += ` ${words[i + length - 1]}`;
        if (this.phrases.has(key)) longest = length;
        if (!this.prefixes.has(key)) break;
      }
      if (longest > 0) return longest;
    }
    return 0;
  }

  private maskAt(words: readonly string[], i: number, length: number, forms: readonly string[]): number {
    for (const first of forms) {
      const mask = this.phrases.get(phrase(first, words, i, length));
      if (mask !== undefined) return mask;
    }
    return 0;
  }
}

function phrase(first: string, words: readonly string[], i: number, length: number): string {
  let key = first;
  for (let k = 1; k < length; k++) key += ` ${words[i + k]}`;
  return key;
}

/** Reads `TYPE<TAB>name` lines; `#` lines are comments (source and licence), the `type` line is the header. */
export function parseGazetteer(text: string): NerGazetteer {
  const gazetteer = new NerGazetteer();
  for (const line of text.split("\n")) {
    if (line.startsWith("#") || line.trim() === "") continue;
    const [type, name] = line.split("\t");
    if (name === undefined || !(GAZ_TYPES as readonly string[]).includes(type!)) continue;
    gazetteer.add(type as GazType, name);
  }
  return gazetteer;
}

export const GAZETTEER_FILE = "lexicons/ner-anergazet.tsv";
export const PLACES_FILE = "lexicons/ner-places.tsv";

/** ANERGazet plus the extra place names, as one gazetteer (the model was trained with exactly these). */
export function loadNerGazetteer(
  paths: readonly string[] = [dataPath(GAZETTEER_FILE), dataPath(PLACES_FILE)],
): NerGazetteer {
  return parseGazetteer(paths.map((path) => readFileSync(path, "utf8")).join("\n"));
}
