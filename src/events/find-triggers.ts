import type { Token } from "../core/layers.js";
import { allLongestAt, longestAt, type PhraseHit, type WordInfo } from "./token-phrase-index.js";
import type { CueLabel, TriggerEntry } from "./trigger-lexicon.js";

/** A trigger phrase in the token list: tokens `[start, end)`. */
export type TriggerHit = PhraseHit<TriggerEntry>;

/** A context cue in the token list: tokens `[start, end)`. */
export interface CueHit {
  readonly label: CueLabel;
  readonly start: number;
  readonly end: number;
}

export type TokenInfos = readonly WordInfo<TriggerEntry | null, readonly CueLabel[]>[];

/**
 * One left-to-right pass over the tokens, longest phrase first; a matched phrase is skipped over, so
 * «وقف إطلاق النار» is one Agreement trigger and never also a shooting. Background phrases («تحت سيطرة»)
 * are matched like triggers and then dropped, which keeps their words from triggering anything.
 */
export function findTriggers(tokens: readonly Token[], infos: TokenInfos): TriggerHit[] {
  const hits: TriggerHit[] = [];
  let i = 0;
  while (i < tokens.length) {
    const starts = infos[i]!.a;
    const hit = starts.length > 0 ? longestAt(tokens, infos, i, starts) : null;
    if (!hit) {
      i++;
      continue;
    }
    if (hit.value !== null) hits.push({ ...hit, value: hit.value });
    i = hit.end;
  }
  return hits;
}

/** Every cue phrase, longest first, in one pass; a phrase with several labels gives a hit for each. */
export function findCues(tokens: readonly Token[], infos: TokenInfos): CueHit[] {
  const hits: CueHit[] = [];
  let i = 0;
  while (i < tokens.length) {
    const starts = infos[i]!.b;
    const found = starts.length > 0 ? allLongestAt(tokens, infos, i, starts) : null;
    if (!found) {
      i++;
      continue;
    }
    const labels = found.values.length === 1 ? found.values[0]! : new Set(found.values.flat());
    for (const label of labels) hits.push({ label, start: i, end: found.end });
    i = found.end;
  }
  return hits;
}
