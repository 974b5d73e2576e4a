import { readFileSync } from "node:fs";
import {
  CERTAINTIES as CERTAINTY_VALUES,
  type Certainty,
  SOURCE_KINDS as SOURCE_KIND_VALUES,
  type SourceKind,
} from "../core/layers.js";
import { dataPath } from "../core/paths.js";
import { normalizeArabic } from "../text/normalize.js";
import {
  masdarForms,
  participleForms,
  pastForms,
  pastObjectForms,
  presentForms,
  presentObjectForms,
} from "./inflect.js";
import { WordTrie } from "./word-trie.js";

export type CueKind = "verb" | "prep" | "noun" | "phrase" | "aside";
/** Which form of its row a surface form is; `fixed` for prep, noun and phrase cues. */
export type CueForm = "past" | "present" | "participle" | "masdar" | "fixed";

/** One row of attribution-cues.tsv, normalised. */
export interface CueRow {
  readonly lemma: string;
  readonly kind: CueKind;
  readonly certainty: Certainty;
  /** Words besides the complementizers that open the content («عن», «إلى», «ب»). */
  readonly intro: ReadonlySet<string>;
  readonly direct: boolean;
  readonly media: boolean;
  readonly relay: boolean;
}

export interface CueEntry {
  readonly row: CueRow;
  readonly form: CueForm;
  /** An impersonal form («يشاع», «يقال»): with no source in the text the claim is the article's own. */
  readonly passive: boolean;
  /** Also a verbal noun («قولها»): may open the relayed source's claim. */
  readonly masdar: boolean;
  /** Carries an object pronoun («تداولته», «أعلنها»): its object is given, so it takes no direct content. */
  readonly object: boolean;
  /** This form's own certainty when it differs from its row's («يقال» is hearsay, «قال» a report). */
  readonly certainty?: Certainty;
}

export type AffiliationWord = "pro" | "opposition" | "government";

/** What a phrase of claim-sources.tsv is; a phrase can be several («بيان» is info and medium). */
export interface SourceWord {
  readonly head?: SourceKind;
  readonly affiliation?: AffiliationWord;
  readonly info?: boolean;
  readonly medium?: boolean;
  readonly skip?: boolean;
}

/** The loaded cue and source lexicons, as one resource. */
export interface AttributionLexicon {
  readonly cues: WordTrie<CueEntry>;
  readonly sources: WordTrie<SourceWord>;
  /** Number of distinct cue surface forms, for tests and reports. */
  readonly cueForms: number;
}

declare module "../core/context.js" {
  interface Resources {
    attributionCues?: AttributionLexicon;
  }
}

const CERTAINTIES = new Set<string>(CERTAINTY_VALUES);
const CUE_KINDS = new Set<string>(["verb", "prep", "noun", "phrase", "aside"]);
const SOURCE_KINDS = new Set<string>(SOURCE_KIND_VALUES);

/** Data rows of a TSV (comment lines and the header skipped), normalised in one call. */
function rows(tsv: string): string[][] {
  return normalizeArabic(tsv)
    .split("\n")
    .filter((l) => l.trim().length > 0 && !l.startsWith("#"))
    .slice(1)
    .map((l) => l.split("\t"));
}

function list(cell: string | undefined): string[] {
  return (cell ?? "")
    .split("|")
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

function words(phrase: string): string[] {
  return phrase.split(" ").filter((w) => w.length > 0);
}

function parseRow(cells: string[]): CueRow {
  const [kind = "", certainty = "", form = ""] = cells;
  if (!CUE_KINDS.has(kind)) throw new Error(`attribution cues: unknown kind "${kind}" (${form})`);
  if (!CERTAINTIES.has(certainty)) throw new Error(`attribution cues: unknown certainty "${certainty}"`);
  const flags = new Set(list(cells[8]));
  return {
    lemma: list(form)[0] ?? "",
    kind: kind as CueKind,
    certainty: certainty as Certainty,
    intro: new Set(list(cells[7])),
    direct: flags.has("direct"),
    media: flags.has("media"),
    relay: flags.has("relay"),
  };
}

/**
 * Two rows may give one surface form; a form listed as it is wins over a generated one («نقلاً عن» is the
 * relay, not the dual of «نقل»), otherwise the first row does.
 */
function mergeCue(old: CueEntry, added: CueEntry): CueEntry {
  if (old.row !== added.row) return added.form === "fixed" && old.form !== "fixed" ? added : old;
  return {
    ...old,
    passive: old.passive || added.passive,
    masdar: old.masdar || added.masdar,
    object: old.object && added.object,
  };
}

interface Surface {
  readonly form: CueForm;
  readonly surface: string;
  readonly passive: boolean;
  readonly object: boolean;
  readonly certainty?: Certainty;
}

/** Every surface form of a verb row: the first word inflected, any further words kept («حصل عليها»). */
function verbForms(cells: string[]): Surface[] {
  const out: Surface[] = [];
  const push = (form: CueForm, surfaces: string[], passive = false, object = false) => {
    for (const surface of surfaces) out.push({ form, surface, passive, object });
  };
  for (const phrase of list(cells[2])) {
    const [head = "", ...rest] = words(phrase);
    const tail = rest.length > 0 ? ` ${rest.join(" ")}` : "";
    push(
      "past",
      pastForms(head).map((f) => f + tail),
    );
    if (!tail) push("past", pastObjectForms(head), false, true);
  }
  for (const present of list(cells[3])) {
    push("present", presentForms(present));
    push("present", presentObjectForms(present), false, true);
  }
  for (const participle of list(cells[4])) push("participle", participleForms(participle));
  for (const masdar of list(cells[5])) push("masdar", masdarForms(masdar));
  for (const cell of list(cells[6])) {
    const [passive = "", certainty] = cell.split(":");
    if (certainty === undefined) push("present", [passive], true);
    else if (!CERTAINTIES.has(certainty))
      throw new Error(`attribution cues: unknown certainty "${certainty}"`);
    else
      out.push({
        form: "present",
        surface: passive,
        passive: true,
        object: false,
        certainty: certainty as Certainty,
      });
  }
  return out;
}

export function parseAttributionCues(cuesTsv: string, sourcesTsv: string): AttributionLexicon {
  const cues = new WordTrie<CueEntry>();
  const seen = new Set<string>();
  for (const cells of rows(cuesTsv)) {
    const row = parseRow(cells);
    const forms: Surface[] =
      row.kind === "verb"
        ? verbForms(cells)
        : list(cells[2]).map((surface) => ({
            form: "fixed" as CueForm,
            surface,
            passive: false,
            object: false,
          }));
    for (const { form, surface, passive, object, certainty } of forms) {
      // A verbal noun never comes first: «نقل» is read as the verb, and only flagged as a noun too.
      const entry: CueEntry = {
        row,
        form,
        passive,
        masdar: form === "masdar",
        object,
        ...(certainty ? { certainty } : {}),
      };
      cues.add(words(surface), entry, mergeCue);
      seen.add(surface);
    }
  }
  return { cues, sources: parseSourceWords(sourcesTsv), cueForms: seen.size };
}

function parseSourceWords(tsv: string): WordTrie<SourceWord> {
  const trie = new WordTrie<SourceWord>();
  const merge = (a: SourceWord, b: SourceWord): SourceWord => ({ ...a, ...b });
  for (const [phrases, role = "", value = ""] of rows(tsv)) {
    let word: SourceWord;
    if (role === "head") {
      if (!SOURCE_KINDS.has(value)) throw new Error(`claim sources: unknown kind "${value}"`);
      word = { head: value as SourceKind };
    } else if (role === "affiliation") {
      if (!["pro", "opposition", "government"].includes(value))
        throw new Error(`claim sources: unknown affiliation "${value}"`);
      word = { affiliation: value as AffiliationWord };
    } else if (role === "info" || role === "medium" || role === "skip") {
      word = { [role]: true };
    } else throw new Error(`claim sources: unknown role "${role}"`);
    for (const phrase of list(phrases)) trie.add(words(phrase), word, merge);
  }
  return trie;
}

/** Loads data/lexicons/attribution-cues.tsv and claim-sources.tsv. */
export function loadAttributionCues(): AttributionLexicon {
  return parseAttributionCues(
    readFileSync(dataPath("lexicons", "attribution-cues.tsv"), "utf8"),
    readFileSync(dataPath("lexicons", "claim-sources.tsv"), "utf8"),
  );
}
