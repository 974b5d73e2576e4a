import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { toAnalysisJson } from "../src/analyze/analysis-json.js";
import { type Analyzer, createAnalyzer } from "../src/analyze/analyzer.js";
import type { Article } from "../src/core/article.js";
import { packageRoot } from "../src/core/paths.js";
import { collectSpans, spanViolations } from "./support/span-walker.js";

const FIXTURES = ["data/samples/articles.jsonl", "test/fixtures/hard-cases.jsonl"];

function readFixture(path: string): Article[] {
  return readFileSync(join(packageRoot, path), "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line) as Article);
}

const articles = FIXTURES.flatMap((path) => readFixture(path).map((article) => ({ path, article })));

describe("every span of every layer is an exact slice of the untouched text", () => {
  let analyzer: Analyzer;
  beforeAll(() => {
    analyzer = createAnalyzer();
  });

  it("has fixtures to walk", () => {
    expect(articles.length).toBeGreaterThan(10);
  });

  it.each(articles.map(({ path, article }) => [`${path} ${article.id}`, article] as const))(
    "%s",
    (_name, article) => {
      const doc = analyzer.analyze(article);
      expect(doc.text).toBe(article.text);
      const analysis = toAnalysisJson(doc, { tokens: true });
      const spans = collectSpans(analysis);
      expect(spanViolations(article.text, spans)).toEqual([]);
      // Every stage ran and left its mark.
      expect(doc.provenance.map((p) => p.stage)).toEqual(analyzer.pipeline.stages.map((s) => s.name));
      if (article.text.trim() !== "") expect(spans.length).toBeGreaterThan(0);
    },
  );
});
