import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { sharedDataPath } from "../../src/core/paths.js";

/** The UnifiedFC claims folder in ../shared/data (read in place; its text is never copied into the repo). */
export function unifiedFcClaimsDir(): string {
  return sharedDataPath("unifiedfc", "claims");
}

/** Every article text of every claim file, in file-name order (duplicates across claims included). */
export function loadUnifiedFcTexts(limit = Number.POSITIVE_INFINITY): string[] {
  const dir = unifiedFcClaimsDir();
  const texts: string[] = [];
  for (const name of readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()) {
    const claim = JSON.parse(readFileSync(join(dir, name), "utf8")) as { article?: unknown };
    if (!Array.isArray(claim.article)) continue;
    for (const article of claim.article) {
      if (typeof article === "string") texts.push(article);
      if (texts.length >= limit) return texts;
    }
  }
  return texts;
}

export function utf8Bytes(texts: readonly string[]): number {
  return texts.reduce((sum, text) => sum + Buffer.byteLength(text, "utf8"), 0);
}
