import { readFileSync } from "node:fs";
import type { EventType } from "../core/layers.js";
import { dataPath } from "../core/paths.js";
import { normalizeAll } from "../extract/places/gazetteer.js";
import { ACLED_SUB_EVENT_TYPES, isEventType } from "./acled-types.js";
import { formWords, TokenPhraseIndex, WordTable } from "./token-phrase-index.js";

/** Which rule of classify.ts may recode a trigger from its context; `block` marks background phrases. */
export type TriggerRule =
  | "fixed"
  | "strike"
  | "attack"
  | "explosion"
  | "territory"
  | "move"
  | "kill"
  | "protest"
  | "burn"
  | "weapon"
  | "massacre"
  | "block";

/** v: finite verb; ns: noun whose genitive is the doer; no: noun whose genitive is the target. */
export type TriggerPos = "v" | "ns" | "no";

export interface TriggerEntry {
  readonly eventType: EventType;
  readonly subType: string;
  readonly pos: TriggerPos;
  readonly rule: TriggerRule;
  /** An event only when its clause names a party («تقدم», «اتفاق», «هجوم» are common in political prose). */
  readonly needsParty: boolean;
  /** An event only with an armed actor in its sentence or a word of war in its clause («اتفقوا على عقد جولة»). */
  readonly needsArmed: boolean;
  /** An event only when a place or a party follows it («الاستيلاء على البلدة», not «على الدبابات»). */
  readonly needsPlace: boolean;
  /** An event only when a cue of one of these labels follows it («أنشأت إيران قاعدة»); empty: no condition. */
  readonly needsObject: readonly CueLabel[];
}

export const CUE_LABELS = [
  "air",
  "airpower",
  "artillery",
  "ied",
  "suicide",
  "grenade",
  "civilian",
  "clash",
  "protester",
  "mover",
  "death",
  "wound",
  "subset",
  "ongoing",
  "expected",
  "rumoured",
  "denial",
  "negation",
  "without",
  "single",
  "result",
  "between",
  "side1",
  "side2",
  "agent",
  "target",
  "with",
  "near",
  "outside",
  "toward",
  "clause",
  "chemical",
  "missile",
  "antiair",
  "intent",
  "patient",
  "attempt",
  "aim",
  "condition",
  "massacre",
  "agency",
  "peaceful",
  "pronobj",
  "daily",
  "campaign",
  "start",
  "evacuation",
  "campaignword",
  "campaignname",
  "conflictterm",
  "crowd",
  "march",
  "repeat",
  "demand",
  "threat",
  "talk",
  "generic",
  "stop",
  "sound",
  "wear",
  "anaphor",
  "relative",
  "achieve",
  "since",
  "state",
  "property",
  "symbol",
  "person",
  "base",
  "launch",
  "destroyed",
  "rhetoric",
  "crash",
  "forum",
  "flight",
  "stage",
  "several",
] as const;

export type CueLabel = (typeof CUE_LABELS)[number];

/** The loaded trigger and cue lexicons with the per-process table of word readings they share. */
export interface EventLexicon {
  readonly triggers: TokenPhraseIndex<TriggerEntry | null>;
  /** A cue phrase may carry several labels («مدني»: a civilian target, and a single victim). */
  readonly cues: TokenPhraseIndex<readonly CueLabel[]>;
  readonly words: WordTable<TriggerEntry | null, readonly CueLabel[]>;
}

const RULES = new Set<string>([
  "fixed",
  "strike",
  "attack",
  "explosion",
  "territory",
  "move",
  "kill",
  "protest",
  "burn",
  "weapon",
  "massacre",
]);
const POS = new Set<string>(["v", "ns", "no"]);

function rows(tsv: string): string[][] {
  return tsv
    .split("\n")
    .filter((line) => line.trim().length > 0 && !line.startsWith("#"))
    .slice(1)
    .map((line) => line.split("\t"));
}

/** The forms of a `|`-joined cell, each normalised and split into words; one normaliser call per file. */
function formsByRow(table: readonly string[][]): string[][][] {
  return normalizeAll(table.map((cells) => cells[0] ?? "")).map((cell) =>
    cell
      .split("|")
      .map(formWords)
      .filter((words) => words.length > 0),
  );
}

const isCueLabel = (label: string): label is CueLabel => (CUE_LABELS as readonly string[]).includes(label);

/** The `needs` cell: «-», or a comma list of «party», «place» and «obj=label+label». */
function parseNeeds(
  cell: string,
  line: number,
): Pick<TriggerEntry, "needsParty" | "needsArmed" | "needsPlace" | "needsObject"> {
  const parts = cell === "-" ? [] : cell.split(",");
  const object: CueLabel[] = [];
  for (const part of parts) {
    const labels = part.startsWith("obj=") ? part.slice(4).split("+") : [];
    const known = part === "party" || part === "armed" || part === "place";
    if (!known && (labels.length === 0 || !labels.every(isCueLabel)))
      throw new Error(`event-triggers: row ${line} has needs "${cell}"`);
    object.push(...(labels as CueLabel[]));
  }
  return {
    needsParty: parts.includes("party"),
    needsArmed: parts.includes("armed"),
    needsPlace: parts.includes("place"),
    needsObject: object,
  };
}

function triggerEntry(cells: readonly string[], line: number): TriggerEntry | null {
  const [, type = "", sub = "", pos = "", rule = "", needs = "-"] = cells;
  if (rule === "block") return null;
  if (!isEventType(type) || !ACLED_SUB_EVENT_TYPES[type].includes(sub)) {
    throw new Error(`event-triggers: row ${line} has "${type}" / "${sub}", not an ACLED type and sub-type`);
  }
  if (!POS.has(pos) || !RULES.has(rule))
    throw new Error(`event-triggers: row ${line} has pos "${pos}", rule "${rule}"`);
  return {
    eventType: type,
    subType: sub,
    pos: pos as TriggerPos,
    rule: rule as TriggerRule,
    ...parseNeeds(needs, line),
  };
}

/** Parses event-triggers.tsv; blocked phrases are kept with a null value so they win the longest match. */
export function parseEventTriggers(tsv: string): TokenPhraseIndex<TriggerEntry | null> {
  const table = rows(tsv);
  const forms = formsByRow(table);
  const index = new TokenPhraseIndex<TriggerEntry | null>();
  table.forEach((cells, i) => {
    const entry = triggerEntry(cells, i + 1);
    for (const words of forms[i] ?? []) index.add(words, entry);
  });
  return index;
}

/** Parses event-cues.tsv. */
export function parseEventCues(tsv: string): TokenPhraseIndex<readonly CueLabel[]> {
  const table = rows(tsv);
  const forms = formsByRow(table);
  const index = new TokenPhraseIndex<readonly CueLabel[]>();
  const merge = (old: readonly CueLabel[], added: readonly CueLabel[]) => [...new Set([...old, ...added])];
  table.forEach((cells, i) => {
    const label = cells[1] ?? "";
    if (!isCueLabel(label)) throw new Error(`event-cues: row ${i + 1} has unknown cue "${label}"`);
    for (const words of forms[i] ?? []) index.add(words, [label], merge);
  });
  return index;
}

export function buildEventLexicon(triggersTsv: string, cuesTsv: string): EventLexicon {
  const triggers = parseEventTriggers(triggersTsv);
  const cues = parseEventCues(cuesTsv);
  return { triggers, cues, words: new WordTable(triggers, cues) };
}

/** Loads data/lexicons/event-triggers.tsv and event-cues.tsv, normalised. */
export function loadEventTriggers(): EventLexicon {
  const read = (name: string) => readFileSync(dataPath("lexicons", name), "utf8");
  return buildEventLexicon(read("event-triggers.tsv"), read("event-cues.tsv"));
}
