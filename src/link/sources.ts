import type { Claim, ClaimSource } from "../core/layers.js";
import { normalizeArabic } from "../text/normalize.js";
import { lightStem } from "./content-words.js";
import type { SourceCredit } from "./types.js";

/**
 * Source identities. A name is compared by the light stems of its words, so «المرصد السوري» and
 * «للمرصد السوري» are one name, and a shorter name of two or more words that begins a longer one is the
 * same source («المرصد السوري» and «المرصد السوري لحقوق الإنسان»).
 */

const WORD = /[\p{L}\p{N}]+/gu;
/** Sources that are identities of their own; the rest (anonymous, witnesses, the author) speak through the outlet. */
const NAMED_KINDS = new Set(["monitor", "outlet", "social_media", "organisation", "official", "person"]);

export function nameKey(name: string): string {
  return [...normalizeArabic(name).matchAll(WORD)].map((m) => lightStem(m[0])).join(" ");
}

function sameName(a: string, b: string): boolean {
  if (a === b) return a !== "";
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.split(" ").length >= 2 && long.startsWith(`${short} `);
}

export function sameCredit(a: SourceCredit, b: SourceCredit): boolean {
  return sameName(a.key, b.key);
}

/** The outlet as a source; an article with no known outlet is a source of its own (its wire text's first copy). */
export function outletCredit(outlet: string | null, copyRoot: string): SourceCredit {
  const key = outlet ? nameKey(outlet) : "";
  return key === ""
    ? { key: `#doc ${copyRoot}`, name: outlet ?? "", via: "outlet" }
    : { key, name: outlet!, via: "outlet" };
}

/** Whether the source is someone in its own right, rather than a voice the outlet relays unnamed. */
export function isNamedSource(source: ClaimSource): boolean {
  if (source.text.trim() === "") return false;
  if (NAMED_KINDS.has(source.kind)) return true;
  return source.kind === "military" && Boolean(source.actor_id);
}

function sourceCredit(source: ClaimSource): SourceCredit {
  const key = source.actor_id ? `#actor ${source.actor_id}` : nameKey(source.text);
  return { key, name: source.text, via: "quoted" };
}

/** The claim and the claims that relay it, innermost first. */
export function relayChain(claim: Claim, byId: ReadonlyMap<string, Claim>): Claim[] {
  const chain: Claim[] = [claim];
  let current = claim;
  while (current.via !== undefined && chain.length < 8) {
    const outer = byId.get(current.via);
    if (!outer || chain.includes(outer)) break;
    chain.push(outer);
    current = outer;
  }
  return chain;
}

/**
 * Who a claim is credited to: the innermost named source of its relay chain (a monitor quoted by an agency
 * is the monitor), else the outlet. Unnamed sources count toward whoever relays them: «نقلت الصفحة عن
 * مصادر مطلعة» is the page's claim, and an article's own «مصادر محلية» are its outlet's.
 */
export function claimCredit(
  claim: Claim,
  byId: ReadonlyMap<string, Claim>,
  outlet: SourceCredit,
): SourceCredit {
  for (const link of relayChain(claim, byId)) {
    if (isNamedSource(link.source)) return sourceCredit(link.source);
  }
  return outlet;
}

/**
 * A denial's credit. An unnamed denier («مصدر عسكري») is kept apart from the outlet that quotes it (the
 * outlet reports the event; the denier denies it), but one outlet's unnamed deniers are one source.
 */
export function denialCredit(
  claim: Claim,
  byId: ReadonlyMap<string, Claim>,
  outlet: SourceCredit,
): SourceCredit {
  const credit = claimCredit(claim, byId, outlet);
  if (credit !== outlet || claim.source.kind === "author") return credit;
  return { key: `${outlet.key} / ${nameKey(claim.source.text)}`, name: claim.source.text, via: "quoted" };
}
