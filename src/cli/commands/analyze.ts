import type { Command } from "commander";
import { toAnalysisJson } from "../../analyze/analysis-json.js";
import { createAnalyzer } from "../../analyze/analyzer.js";
import { errorMessage } from "../../core/errors.js";
import { ExitCode } from "../exit-codes.js";
import { addInputOptions, type InputCliOptions, toIngestOptions } from "../input-options.js";
import { openJsonlWriter } from "../jsonl-writer.js";
import { createProgress } from "../progress.js";
import { plural } from "../report.js";
import { validArticles } from "../valid-articles.js";

interface AnalyzeOptions extends InputCliOptions {
  readonly output?: string;
  readonly tokens?: boolean;
}

export function registerAnalyze(program: Command): void {
  addInputOptions(
    program
      .command("analyze")
      .description("analyse articles and write one analysis per JSON line (docs/output-format.md)"),
  )
    .option("-o, --output <file>", "write to this file instead of standard output")
    .option("--tokens", "include the token layer (large)")
    .addHelpText(
      "after",
      `
Examples:
  $ npx marsad analyze data/samples/articles.jsonl > analyses.jsonl
  $ npx marsad analyze report.html --source "عنب بلدي" --published-at 2018-05-20 -o out.jsonl
  $ cat articles.jsonl | npx marsad analyze --quiet | jq '.dates'`,
    )
    .action(async (inputs: string[], options: AnalyzeOptions) => {
      process.exitCode = await analyzeCommand(inputs, options);
    });
}

async function analyzeCommand(inputs: readonly string[], options: AnalyzeOptions): Promise<number> {
  const analyzer = createAnalyzer();
  const writer = openJsonlWriter(options.output);
  const progress = createProgress({ quiet: options.quiet === true });
  let analysed = 0;
  let skipped = 0;
  progress.start(null, "analysing");
  try {
    for await (const article of validArticles(inputs, toIngestOptions(options), () => skipped++)) {
      try {
        const doc = analyzer.analyze(article);
        await writer.write(toAnalysisJson(doc, { tokens: options.tokens === true }));
        analysed++;
      } catch (error) {
        // One article that breaks a stage must not stop the run; it is reported and counted.
        skipped++;
        process.stderr.write(`marsad: analysis failed for "${article.id}": ${errorMessage(error)}\n`);
      }
      progress.tick();
    }
  } finally {
    progress.stop();
    await writer.close();
  }
  if (!options.quiet) process.stderr.write(`analysed ${plural(analysed, "article")}, skipped ${skipped}\n`);
  return skipped > 0 ? ExitCode.partial : ExitCode.ok;
}
