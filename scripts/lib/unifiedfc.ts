import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { sharedDataPath } from "../../src/core/paths.js";

/** The UnifiedFC claims folder in ../shared/data (read in place; its text is never copied into the repo). */
export function unifiedFcClaimsDir(): string {
  return sharedDataPath("unifiedfc", "claims");
}

/** Every article text of every claim file, in file-name order (duplicates across claims included). */
export function loadUnifiedFcTexts(limit = Number.POSITIVE_INFINITY): string[] {
  const texts: string[] = [];
  for (const text of unifiedFcTexts()) {
    if (texts.length >= limit) break;
    texts.push(text);
  }
  return texts;
}

/** The same texts one claim file at a time, so a long run holds only the file it is reading (as the CLI would). */
export function* unifiedFcTexts(): Generator<string> {
  const dir = unifiedFcClaimsDir();
  for (const name of readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()) {
    const claim = JSON.parse(readFileSync(join(dir, name), "utf8")) as { article?: unknown };
    if (!Array.isArray(claim.article)) continue;
    for (const article of claim.article) if (typeof article === "string") yield article;
  }
}

export function utf8Bytes(texts: readonly string[]): number {
  return texts.reduce((sum, text) => sum + Buffer.byteLength(text, "utf8"), 0);
}
