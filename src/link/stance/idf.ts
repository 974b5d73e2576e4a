/**
 * Document frequencies of content stems, counted over the training articles only (so a test article's
 * words never shape the weights it is scored with). Stems seen in one article are not stored: at
 * prediction time they weigh as much as unseen ones, which is what they are for a model that ships.
 */
export interface DocFreq {
  readonly docs: number;
  readonly df: ReadonlyMap<string, number>;
}

export function countDocFreq(documents: Iterable<Iterable<string>>, minDf = 2): DocFreq {
  const counts = new Map<string, number>();
  let docs = 0;
  for (const terms of documents) {
    docs++;
    for (const term of new Set(terms)) counts.set(term, (counts.get(term) ?? 0) + 1);
  }
  const df = new Map([...counts].filter(([, n]) => n >= minDf).sort(([a], [b]) => (a < b ? -1 : 1)));
  return { docs, df };
}

/** Smoothed inverse document frequency: about 1 for a stem in every article, highest for unseen stems. */
export function idf(freq: DocFreq, term: string): number {
  return Math.log((freq.docs + 1) / ((freq.df.get(term) ?? 0) + 1)) + 1;
}

/** Compact serialisable form: parallel arrays keep the model file small. */
export interface DocFreqJson {
  readonly docs: number;
  readonly terms: readonly string[];
  readonly counts: readonly number[];
}

export function docFreqToJson(freq: DocFreq): DocFreqJson {
  return { docs: freq.docs, terms: [...freq.df.keys()], counts: [...freq.df.values()] };
}

export function docFreqFromJson(json: DocFreqJson): DocFreq {
  if (json.terms.length !== json.counts.length)
    throw new Error("stance model: document frequency arrays differ");
  return { docs: json.docs, df: new Map(json.terms.map((term, i) => [term, json.counts[i]!])) };
}
