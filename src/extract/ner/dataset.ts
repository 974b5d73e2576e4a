import { readFileSync } from "node:fs";
import { sharedDataPath } from "../../core/paths.js";
import { normalizeArabic } from "../../text/normalize.js";
import { type ConllSentence, parseConll } from "./corpus.js";
import type { GazType } from "./gazetteer.js";
import { labelId } from "./labels.js";
import type { TrainSentence } from "./train.js";

/** Training data lives beside the checkout, never in the repo (see ../shared/data/README.md). */
export const ANERCORP_TRAIN = ["anercorp", "ANERCorp_CamelLab_train.txt"] as const;

/** Share of ANERcorp's train sentences, taken from the END, held out as dev (the corpus ships no dev split). */
export const DEV_SHARE = 0.1;

export interface Split {
  readonly train: readonly ConllSentence[];
  readonly dev: readonly ConllSentence[];
}

/** Sequential split: the last 10% of sentences are dev, so dev articles never leak into train. */
export function splitTrainDev(sentences: readonly ConllSentence[], devShare = DEV_SHARE): Split {
  const cut = Math.round(sentences.length * (1 - devShare));
  return { train: sentences.slice(0, cut), dev: sentences.slice(cut) };
}

export function loadAnercorpSplit(path = sharedDataPath(...ANERCORP_TRAIN)): Split {
  return splitTrainDev(parseConll(readFileSync(path, "utf8")));
}

export function toTrainSentence(sentence: ConllSentence): TrainSentence {
  return {
    words: sentence.tokens.map((token) => normalizeArabic(token)),
    labels: Uint8Array.from(sentence.tags, (tag) => labelId(tag)),
  };
}

const ANERGAZET_FILES: readonly [GazType, string][] = [
  ["LOC", "ANERGazet_Loc.txt"],
  ["ORG", "ANERGazet_Org.txt"],
  ["PERS", "ANERGazet_Pers.txt"],
];

/** ANERGazet's three lists as one normalised TSV with a header naming source and licence. */
export function buildAnergazetTsv(dir = sharedDataPath("gazetteers", "anergazet")): string {
  const lines = [
    "# ANERGazet (Benajiba, Rosso and Benedí 2007): location, organisation and person-name lists distributed with ANERcorp.",
    "# Copied from github.com/ITE-5th/arabic-ner data/ANERGazet; licence: free for research use, with attribution.",
    "# Normalised with normalizeArabic, deduplicated; used only as features of the NER tagger. Built by scripts/train-ner.ts.",
    "type\tname",
  ];
  for (const [type, file] of ANERGAZET_FILES) {
    const seen = new Set<string>();
    for (const line of readFileSync(`${dir}/${file}`, "utf8").split("\n")) {
      const name = normalizeArabic(line).trim().replace(/\s+/g, " ");
      // Separators ("====", "-") and empty lines carry no Arabic letter.
      if (!/[\u0621-\u064a]/.test(name) || seen.has(name)) continue;
      seen.add(name);
      lines.push(`${type}\t${name}`);
    }
  }
  return `${lines.join("\n")}\n`;
}
