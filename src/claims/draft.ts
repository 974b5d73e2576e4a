import type { Certainty, ClaimSource } from "../core/layers.js";
import { textSpan } from "../core/span.js";
import { normalizeArabic } from "../text/normalize.js";
import { combineSides } from "./affiliation.js";
import type { ContentStart } from "./content.js";
import type { Reader } from "./reader.js";
import type { SourceMatch } from "./sources.js";
import type { Medium } from "./zone.js";

/**
 * How a claim's clause relates to the content before it: `verb` starts a new clause (it ends an earlier
 * content at its comma or at itself), `soft` ends one only at a comma (بحسب, شائعات), `nested` sits inside
 * it («أنه رصد», «والتي يعتقد», «كما يشاع»).
 */
export type ClauseRole = "verb" | "soft" | "nested";

/** A claim found in the first pass, before content ends, ids and parents are settled. */
export interface Draft {
  readonly sentence: number;
  readonly cueTok: number;
  readonly cueStart: number;
  readonly cueEnd: number;
  readonly source: ClaimSource;
  /** Head word of the source's name, for a later «الصفحة» to find it. */
  readonly head: string | null;
  readonly certainty: Certainty;
  /** Forward content start; null for a content that lies before the cue. */
  readonly start: ContentStart | null;
  /** For a backward content: the token it ends before («كما», «وفق», the cue). */
  readonly anchor: number;
  /** Where the claim's clause starts: its subject when that comes first («… أن مصادر غربية أعلنت»). */
  readonly clauseStart: number;
  /** A backward content of an inline cue stops at a phrase-opening preposition too. */
  readonly inline: boolean;
  readonly relative: boolean;
  readonly role: ClauseRole;
  readonly medium: Medium | null;
  /** Index (in the document's drafts) of the claim relaying this one. */
  readonly via?: number;
  /** The source this claim relays with no cue of its own («نقلت الوكالة عن مصدر … أن»). */
  readonly origin?: ClaimSource;
}

const STATEMENT = normalizeArabic("بيان");

export const AUTHOR: ClaimSource = Object.freeze({ text: "", kind: "author", affiliation: null });

/** The ClaimSource for a matched name, with its loyalty and actor. */
export function toClaimSource(r: Reader, m: SourceMatch): ClaimSource {
  const raw = r.view.raw;
  const { tokens } = r.view;
  const base = { ...textSpan(raw, m.textStart, m.textEnd), kind: m.kind };
  const affiliation = m.affiliation ? combineSides(m.affiliation.sides) : null;
  const span = m.affiliation
    ? textSpan(raw, tokens[m.affiliation.start]!.start, tokens[m.affiliation.end - 1]!.end)
    : null;
  return {
    ...base,
    affiliation,
    ...(span ? { affiliation_span: span } : {}),
    ...(m.actorId ? { actor_id: m.actorId } : {}),
  };
}

/**
 * A name that only refers back («الصفحة», «المصدر», «المرصد») becomes the source it refers to: the last
 * earlier claim whose source is the same actor or has the same head word. Unresolved, it stays as written.
 */
export function resolveSource(r: Reader, m: SourceMatch, drafts: readonly Draft[]): ClaimSource {
  const own = toClaimSource(r, m);
  if (!m.isRef) return own;
  for (let d = drafts.length - 1; d >= 0; d--) {
    const earlier = drafts[d]!;
    if (earlier.source.kind === "author") continue;
    const sameActor = m.actorId !== null && earlier.source.actor_id === m.actorId;
    const sameHead = m.actorId === null && m.head !== null && earlier.head === m.head;
    if (sameActor || sameHead) {
      return { ...earlier.source, ref: textSpan(r.view.raw, own.start!, own.end!) };
    }
  }
  // «وأضاف البيان»: a statement named before only as «في بيان» is the last source's.
  const last =
    m.head === STATEMENT
      ? previousDraft(drafts, Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY, true)
      : null;
  return last ? { ...last.source, ref: textSpan(r.view.raw, own.start!, own.end!) } : own;
}

/**
 * The source of a claim whose verb has no subject of its own («وسجلت أن …», «مشيراً إلى أن …»): the
 * previous claim's, within `reach` sentences; relayed claims are skipped for the one relaying them, and
 * with `mainOnly` so are claims nested in another's content.
 */
export function previousDraft(
  drafts: readonly Draft[],
  sentence: number,
  reach: number,
  mainOnly: boolean,
): Draft | null {
  for (let d = drafts.length - 1; d >= 0; d--) {
    const earlier = drafts[d]!;
    if (earlier.sentence < sentence - reach) return null;
    if (earlier.via !== undefined || earlier.source.kind === "author") continue;
    // A participle or a new clause continues the main verb's subject, not one quoted inside its content.
    if (!mainOnly || earlier.role !== "nested") return earlier;
  }
  return null;
}
