import { existsSync, readFileSync } from "node:fs";
import { dataPath } from "../../core/paths.js";
import { normalizeArabic } from "../../text/normalize.js";

/** Word → cluster id, learned from unlabelled text by scripts/train-ner.ts (see the model card). */
export type WordClusters = ReadonlyMap<string, number>;

export const CLUSTERS_FILE = "lexicons/ner-clusters.tsv";

/** Reads `word<TAB>cluster` lines; `#` lines are comments. Words are normalised on load. */
export function parseClusters(text: string): Map<string, number> {
  const clusters = new Map<string, number>();
  for (const line of text.split("\n")) {
    if (line.startsWith("#") || line === "") continue;
    const tab = line.indexOf("\t");
    if (tab <= 0) continue;
    const id = Number(line.slice(tab + 1));
    if (Number.isInteger(id)) clusters.set(normalizeArabic(line.slice(0, tab)), id);
  }
  return clusters;
}

export function formatClusters(clusters: WordClusters, header: readonly string[]): string {
  const lines = header.map((line) => `# ${line}`);
  lines.push("word\tcluster");
  for (const [word, id] of clusters) lines.push(`${word}\t${id}`);
  return `${lines.join("\n")}\n`;
}

/** The shipped clusters, or an empty map when the file is absent (the model then never saw them either). */
export function loadWordClusters(path = dataPath(CLUSTERS_FILE)): Map<string, number> {
  return existsSync(path) ? parseClusters(readFileSync(path, "utf8")) : new Map();
}
