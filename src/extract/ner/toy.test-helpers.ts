import { normalizeArabic } from "../../text/normalize.js";
import { type ConllSentence, parseConll } from "./corpus.js";
import type { FeatureResources } from "./features.js";
import { parseGazetteer } from "./gazetteer.js";
import { labelId } from "./labels.js";
import { modelFromParams, type NerModel } from "./model.js";
import { type TrainSentence, trainPerceptron } from "./train.js";

/** A toy corpus with fictional names: persons after «قال», places after «في», organisations after «منظمة». */
export function toyCorpus(): ConllSentence[] {
  const persons = [["سالم", "الوردي"], ["نادر", "الخياط"], ["ريم", "الحلبي"], ["كريم"]];
  const places = [["زهران"], ["وادي", "الريح"], ["تل", "الصفا"]];
  const orgs = [
    ["منظمة", "النور"],
    ["منظمة", "الغد", "الجديد"],
  ];
  const lines: string[] = [];
  // Every combination, so that each pattern is seen in several contexts.
  const combos = persons.flatMap((p) => places.flatMap((l) => orgs.map((o) => [p, l, o] as const)));
  for (const [person, place, org] of combos) {
    const sentence: [string, string][] = [["قال", "O"]];
    person.forEach((w, k) => {
      sentence.push([w, k === 0 ? "B-PERS" : "I-PERS"]);
    });
    sentence.push(["في", "O"]);
    place.forEach((w, k) => {
      sentence.push([w, k === 0 ? "B-LOC" : "I-LOC"]);
    });
    sentence.push(["إن", "O"]);
    org.forEach((w, k) => {
      sentence.push([w, k === 0 ? "B-ORG" : "I-ORG"]);
    });
    sentence.push(["تعمل", "O"], [".", "O"]);
    lines.push(...sentence.map(([w, t]) => `${w} ${t}`), "");
  }
  return parseConll(lines.join("\n"));
}

export function toyResources(): FeatureResources {
  return { gazetteer: parseGazetteer("type\tname\nLOC\tزهران\n"), clusters: new Map(), bits: 14 };
}

/** Trains a small model on the toy corpus, as scripts/train-ner.ts does on ANERcorp. */
export function trainToyModel(epochs = 8): NerModel {
  const resources = toyResources();
  const sentences: TrainSentence[] = toyCorpus().map((s) => ({
    words: s.tokens.map((t) => normalizeArabic(t)),
    labels: Uint8Array.from(s.tags, labelId),
  }));
  return modelFromParams(trainPerceptron(sentences, { epochs, resources }), resources);
}
