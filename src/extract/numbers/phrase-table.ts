import { normalizeArabic } from "../../text/normalize.js";
import { prependUnit, suffixHash, WordFilter } from "../../text/word-filter.js";
import { cliticForms, mayHaveClitic, type Word } from "./words.js";

export interface PhraseMatch<T> {
  readonly value: T;
  /** Index of the first word after the phrase. */
  readonly end: number;
  /** Normalised offset where the phrase starts, after any clitic that was stripped. */
  readonly start: number;
}

interface Entry<T> {
  readonly tail: readonly string[];
  readonly value: T;
}

export interface PhraseTableOptions {
  /** Also accept each phrase with the article ال on its first word. */
  readonly withArticle?: boolean;
  /** Also accept the accusative alef of tanween on the last word (قتيلاً → قتيلا). */
  readonly withTanween?: boolean;
  /** Strip leading conjunctions and prepositions from the first word when it does not match as is. */
  readonly clitics?: boolean;
}

/**
 * Multi-word lexicon lookup over scanned words. Phrases are normalised on load with normalizeArabic,
 * so the lexicon and the text always agree; longer phrases win.
 */
export class PhraseTable<T> {
  private readonly first = new Map<string, Entry<T>[]>();
  private readonly clitics: boolean;
  /** The first words again, to rule out most words before building their clitic forms (word-filter.ts). */
  private readonly headFilter = new WordFilter();

  constructor(entries: Iterable<readonly [string, T]>, options: PhraseTableOptions = {}) {
    this.clitics = options.clitics ?? true;
    for (const [phrase, value] of entries) {
      const words = normalizeArabic(phrase).trim().split(/\s+/);
      const variants = [words];
      // The article goes on the noun and on its adjectives (الضربات الجوية).
      if (options.withArticle && !words[0]!.startsWith("ال"))
        variants.push(words.map((w) => (w.startsWith("ال") ? w : `ال${w}`)));
      if (options.withTanween) {
        for (const v of [...variants]) {
          const last = v[v.length - 1]!;
          if (!last.endsWith("ا") && !last.endsWith("ه")) variants.push([...v.slice(0, -1), `${last}ا`]);
        }
      }
      for (const v of variants) this.add(v, value);
    }
    for (const [head, list] of this.first) {
      list.sort((a, b) => b.tail.length - a.tail.length);
      this.headFilter.add(head);
    }
  }

  private add(words: readonly string[], value: T): void {
    const head = words[0]!;
    const list = this.first.get(head) ?? [];
    if (!list.some((e) => e.tail.join(" ") === words.slice(1).join(" "))) {
      list.push({ tail: words.slice(1), value });
    }
    this.first.set(head, list);
  }

  has(form: string): boolean {
    return this.first.has(form);
  }

  /** The first words of every phrase, for a cheap test of whether a word can open one. */
  heads(): Iterable<string> {
    return this.first.keys();
  }

  /** The longest phrase starting at word `i`, or null. */
  match(words: readonly Word[], i: number): PhraseMatch<T> | null {
    const word = words[i];
    if (word === undefined || word.k !== "ar" || !this.mayOpen(word.t)) return null;
    const direct = this.matchForm(words, i, word.t, 0);
    if (direct !== null || !this.clitics || !mayHaveClitic(word.t)) return direct;
    for (const [form, cut] of cliticForms(word.t)) {
      if (cut === 0) continue;
      const found = this.matchForm(words, i, form, cut);
      if (found !== null) return found;
    }
    return null;
  }

  /**
   * False when neither `t` nor any form cliticForms makes of it (t minus one or two letters, or «ا» put
   * before t minus one or two) can open a phrase: one backward pass, no slices.
   */
  private mayOpen(t: string): boolean {
    const heads = this.headFilter;
    let h = suffixHash(t, 2);
    const readings = this.clitics && t.length > 2 && mayHaveClitic(t);
    if (readings && (heads.mayHold(h) || heads.mayHold(prependUnit(h, ALEF)))) return true;
    for (let k = Math.min(1, t.length - 1); k >= 0; k--) {
      h = prependUnit(h, t.charCodeAt(k));
      if (k === 1 && readings && (heads.mayHold(h) || heads.mayHold(prependUnit(h, ALEF)))) return true;
    }
    return heads.mayHold(h);
  }

  private matchForm(words: readonly Word[], i: number, form: string, cut: number): PhraseMatch<T> | null {
    const list = this.first.get(form);
    if (list === undefined) return null;
    for (const entry of list) {
      if (entry.tail.every((t, k) => words[i + 1 + k]?.t === t)) {
        return { value: entry.value, end: i + 1 + entry.tail.length, start: words[i]!.s + cut };
      }
    }
    return null;
  }
}

/**
 * The words that can open a match in any of several tables, looked up with and without clitics and
 * without allocating: most words of a text open nothing, and this test lets the matchers skip them.
 */
export class TriggerSet {
  private readonly set = new Set<string>();
  /** The heads again, as a filter that rules most words out from one backward pass, with no slicing. */
  private readonly filter = new WordFilter();

  constructor(heads: Iterable<string>) {
    for (const h of heads) {
      this.set.add(h);
      this.filter.add(h);
    }
  }

  has(t: string): boolean {
    const set = this.set;
    const readings = t.length >= 3 && mayHaveClitic(t);
    let h = suffixHash(t, 2);
    // و/ف then ب/ل/ك, and ل + ال written «لل»: the readings t[2:], «ا» + t[2:] and t[1:].
    let maybe =
      readings && (this.filter.mayHold(h) || (t.length > 3 && this.filter.mayHold(prependUnit(h, ALEF))));
    for (let k = Math.min(1, t.length - 1); k >= 0; k--) {
      h = prependUnit(h, t.charCodeAt(k));
      if (k === 1) maybe ||= readings && this.filter.mayHold(h);
    }
    if (this.filter.mayHold(h) && set.has(t)) return true;
    if (!maybe) return false;
    return set.has(t.slice(1)) || set.has(t.slice(2)) || (t.length > 3 && set.has(`ا${t.slice(2)}`));
  }
}

const ALEF = 0x0627;
