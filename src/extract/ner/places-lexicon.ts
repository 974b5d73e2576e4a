import { readFileSync } from "node:fs";
import { sharedDataPath } from "../../core/paths.js";
import { normalizeArabic } from "../../text/normalize.js";
import type { ConllSentence } from "./corpus.js";

const ARABIC_NAME = /^[\u0621-\u064a]{2,}( [\u0621-\u064a]+){0,3}$/;
const MIN_POPULATION = 15_000;

/** Words ANERcorp's train split uses as ordinary words (tagged O at least 3 times, never inside a place). */
function commonWords(train: readonly ConllSentence[]): Set<string> {
  const asO = new Map<string, number>();
  const asLoc = new Set<string>();
  for (const s of train) {
    s.tokens.forEach((token, i) => {
      const word = normalizeArabic(token);
      if (s.tags[i] === "O") asO.set(word, (asO.get(word) ?? 0) + 1);
      else if (s.tags[i]?.endsWith("LOC")) asLoc.add(word);
    });
  }
  return new Set([...asO].filter(([w, n]) => n >= 3 && !asLoc.has(w)).map(([w]) => w));
}

function geonamesNames(): string[] {
  const lines = readFileSync(
    sharedDataPath("gazetteers", "geonames-levant", "cities500_SY_LB_IQ_JO_TR_IL_PS.tsv"),
    "utf8",
  ).split("\n");
  const header = lines[0]!.split("\t");
  const population = header.indexOf("population");
  const arabic = header.indexOf("arabic_names");
  return lines.slice(1).flatMap((line) => {
    const cols = line.split("\t");
    return Number(cols[population]) >= MIN_POPULATION ? (cols[arabic] ?? "").split("|") : [];
  });
}

function ochaAdminNames(): string[] {
  const lines = readFileSync(sharedDataPath("gazetteers", "ocha-syria", "syr_communities_admin4.tsv"), "utf8")
    .split("\n")
    .slice(1);
  // Governorates, districts and sub-districts (sub-district seats are named «مركز X», "centre of X").
  return lines.flatMap((line) => {
    const cols = line.split("\t");
    return [cols[5], cols[8], cols[11]].map((name) => (name ?? "").replace(/^مركز /, ""));
  });
}

/**
 * Extra place names for the tagger's gazetteer feature: Syrian governorates, districts and sub-districts
 * (UN-OCHA CODs) and towns of 15,000+ people in Syria and its neighbours (GeoNames). Names that ANERcorp
 * uses as ordinary words are left out, so the feature stays a reliable signal.
 */
export function buildPlacesTsv(train: readonly ConllSentence[]): string {
  const common = commonWords(train);
  const names = new Set<string>();
  for (const raw of [...ochaAdminNames(), ...geonamesNames()]) {
    const name = normalizeArabic(raw).trim().replace(/\s+/g, " ");
    if (ARABIC_NAME.test(name) && !common.has(name)) names.add(name);
  }
  const lines = [
    "# Place names for the NER tagger's gazetteer feature, built by scripts/train-ner.ts (src/extract/ner/places-lexicon.ts).",
    "# Sources: UN-OCHA Syria common operational datasets (admin 1-3 Arabic names; humanitarian use, attribution) and",
    `# GeoNames cities500 for SY LB IQ JO TR IL PS, population >= ${MIN_POPULATION} (CC BY 4.0, GeoNames.org). Normalised.`,
    "type\tname",
    ...[...names].sort().map((name) => `LOC\t${name}`),
  ];
  return `${lines.join("\n")}\n`;
}
