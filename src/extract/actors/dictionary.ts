import { readFileSync } from "node:fs";
import { dataPath } from "../../core/paths.js";
import { normalizeAll } from "../places/gazetteer.js";
import { PhraseIndex } from "../places/phrase-index.js";
import { PRO_FORMS, PRO_HEADS, PRO_PRONOUNS } from "./descriptions.js";

export type ActorKind = "armed" | "political" | "humanitarian" | "monitor" | "media" | "civilian";

export interface Actor {
  readonly id: string;
  readonly nameEn: string;
  /** ACLED actor type: 1 state forces … 8 external/other forces. */
  readonly inter: number;
  readonly kind: ActorKind;
  readonly country: string | null;
  /** Normalised descriptions that can refer back to this actor («التنظيم»). */
  readonly refs: readonly string[];
  /** Normalised descriptions for which this actor is the referent when none was named before. */
  readonly defaultRefs: readonly string[];
}

/** What a phrase names: an actor by one of its names, a back-reference, or a «pro-X» description. */
export type ActorEntry =
  | { readonly kind: "name"; readonly actor: number; readonly partisan: boolean }
  | { readonly kind: "ref"; readonly ref: string }
  | { readonly kind: "pro" };

export interface ActorDictionary {
  readonly actors: readonly Actor[];
  readonly byId: ReadonlyMap<string, Actor>;
  readonly index: PhraseIndex<ActorEntry>;
  /** Every normalised name, for other matchers that must not read inside an actor's name. */
  readonly names: readonly string[];
}

const KINDS = new Set(["armed", "political", "humanitarian", "monitor", "media", "civilian"]);

function split(cell: string | undefined): string[] {
  return (cell ?? "").split("|").filter((s) => s.length > 0);
}

/** Parses actors.tsv; every name, partisan name and description is normalised here. */
export function parseActors(tsv: string): ActorDictionary {
  const rows = tsv
    .split("\n")
    .filter((l) => l.length > 0 && !l.startsWith("#"))
    .slice(1)
    .map((l) => l.split("\t"));
  // One normalisation call per column (see normalizeAll); the cells keep their «|» separators.
  const [names = [], partisan = [], refs = []] = [5, 6, 7].map((c) =>
    normalizeAll(rows.map((r) => r[c] ?? "")),
  );
  const index = new PhraseIndex<ActorEntry>();
  const all: string[] = [];
  const actors = rows.map((cells, i): Actor => {
    const [id = "", nameEn = "", inter = "", kind = "", country = ""] = cells;
    if (!KINDS.has(kind)) throw new Error(`actors: ${id} has unknown kind "${kind}"`);
    for (const n of split(names[i])) index.add(n, { kind: "name", actor: i, partisan: false });
    for (const n of split(partisan[i])) index.add(n, { kind: "name", actor: i, partisan: true });
    all.push(...split(names[i]), ...split(partisan[i]));
    const actorRefs = split(refs[i]);
    for (const r of actorRefs)
      if (index.get(r.replace(/^!/, "")) === undefined) addRef(index, r.replace(/^!/, ""));
    return {
      id,
      nameEn,
      inter: Number(inter),
      kind: kind as ActorKind,
      country: country || null,
      refs: actorRefs.map((r) => r.replace(/^!/, "")),
      defaultRefs: actorRefs.filter((r) => r.startsWith("!")).map((r) => r.slice(1)),
    };
  });
  addProDescriptions(index);
  return { actors, byId: new Map(actors.map((a) => [a.id, a])), index, names: all };
}

function addRef(index: PhraseIndex<ActorEntry>, ref: string): void {
  index.add(ref, { kind: "ref", ref });
}

/** «المسلحين الموالين لها», «الميليشيات الموالية له»: militias loyal to the actor named just before. */
function addProDescriptions(index: PhraseIndex<ActorEntry>): void {
  const [heads = [], forms = [], pronouns = []] = [PRO_HEADS, PRO_FORMS, PRO_PRONOUNS].map((list) =>
    normalizeAll(list),
  );
  for (const form of forms) {
    for (const pronoun of pronouns) {
      index.add(`${form} ${pronoun}`, { kind: "pro" });
      for (const head of heads) index.add(`${head} ${form} ${pronoun}`, { kind: "pro" });
    }
  }
}

export function loadActors(): ActorDictionary {
  return parseActors(readFileSync(dataPath("actors", "actors.tsv"), "utf8"));
}
