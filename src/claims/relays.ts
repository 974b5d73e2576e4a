import type { ClaimSource } from "../core/layers.js";
import type { Span } from "../core/span.js";
import { resolveSource } from "./draft.js";
import { RELAY_FROM } from "./grammar.js";
import type { Scan } from "./scan.js";
import { matchSource } from "./sources.js";
import { stretchEnd, stretched, unknownRelayEnd } from "./stretch.js";
import { skipZone, type Zone } from "./zone.js";

/** A relayed source: who is quoted through the claim's own source, and the words that mark it. */
export interface Relay {
  readonly source: ClaimSource;
  readonly head: string | null;
  readonly cueTok: number;
  readonly cue: Span;
  /** A bare «عن X» with no verbal noun after it: no cue of its own, so the source is the claim's origin. */
  readonly bare: boolean;
}

/**
 * «نقلاً عن X» or «على لسان X» anywhere before the content, or a bare «عن X» after a relaying verb («نقلت
 * الصفحة عن …», `bare`): the tokens of the marker; null when there is none.
 */
function relayMarker(s: Scan, j: number, bare: boolean): { start: number; end: number } | null {
  const { words } = s.r.view;
  const cue = s.r.lex.cues.match(words, j, s.sentEnd, false);
  if (cue?.value.row.relay && cue.value.row.kind === "prep") {
    if (words[cue.end] === RELAY_FROM) return { start: j, end: cue.end + 1 };
    return cue.end - j >= 2 ? { start: j, end: cue.end } : null;
  }
  return bare && words[j] === RELAY_FROM ? { start: j, end: j + 1 } : null;
}

/** The relayed source after a marker: a known name (stretched over an unknown body), or an unknown name. */
function relayedSource(s: Scan, at: number) {
  const { r } = s;
  const named = at < s.sentEnd ? matchSource(r, at, s.sentEnd) : null;
  if (named) {
    const source = resolveSource(r, named, s.drafts);
    const end = named.next === named.end && !source.ref ? stretchEnd(s, named.next, true) : named.next;
    return { source: end > named.next ? stretched(r, source, at, end) : source, head: named.head, next: end };
  }
  const end = unknownRelayEnd(s, at);
  if (end < 0) return null;
  return {
    source: stretched(r, { text: "", kind: "person", affiliation: null }, at, end),
    head: null,
    next: end,
  };
}

/**
 * Relayed sources in a chain: «نقلت الصفحة عن مصادر مطلعة قولها», «نقلاً عن قناة … نقلاً عن مصدر …».
 * Each relay's cue is its verbal noun («قولها») when there is one, else «عن» / «نقلاً عن».
 */
export function readRelays(s: Scan, from: number, bare: boolean): { relays: Relay[]; zone: Zone } {
  const { r } = s;
  const { tokens, words } = r.view;
  const relays: Relay[] = [];
  let zone = skipZone(r, from, s.sentEnd);
  for (let guard = 0; guard < 3; guard++) {
    const marker = relayMarker(s, zone.next, bare && relays.length === 0);
    const relayed = marker ? relayedSource(s, marker.end) : null;
    if (!marker || !relayed) break;
    // «عن مصدر أمني سوري، الثلاثاء، قوله إن …»: a date or comma may come before the verbal noun.
    let k = skipZone(r, relayed.next, s.sentEnd).next;
    let cue = { start: tokens[marker.start]!.start, end: tokens[marker.end - 1]!.end };
    let cueTok = marker.start;
    const masdar = r.lex.cues.match(words, k, s.sentEnd, false);
    if (masdar?.value.masdar) {
      cue = { start: tokens[k]!.start, end: tokens[masdar.end - 1]!.end };
      cueTok = k;
      k = masdar.end;
    }
    const bareRelay = !masdar?.value.masdar && marker.end - marker.start === 1;
    relays.push({ source: relayed.source, head: relayed.head, cueTok, cue, bare: bareRelay });
    zone = skipZone(r, k, s.sentEnd);
  }
  return { relays, zone };
}

/** A standalone relay («…، نقلاً عن مصادر محلية»): its source, or null. */
export function relayAt(s: Scan, j: number) {
  const marker = relayMarker(s, j, false);
  return marker ? relayedSource(s, marker.end) : null;
}
