import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Command, CommanderError } from "commander";
import { errorMessage, InputError, MarsadError } from "../core/errors.js";
import { limitHeapGrowth } from "../core/heap.js";
import { packageRoot } from "../core/paths.js";
import { registerAnalyze } from "./commands/analyze.js";
import { registerIngest } from "./commands/ingest.js";
import { registerNer } from "./commands/ner.js";
import { registerRun } from "./commands/run.js";
import { registerSearch } from "./commands/search.js";
import { registerServe } from "./commands/serve.js";
import { registerStance } from "./commands/stance.js";
import { registerStats } from "./commands/stats.js";
import { registerVerify } from "./commands/verify.js";
import { registerWorker } from "./commands/worker.js";
import { ExitCode } from "./exit-codes.js";

const version = (JSON.parse(readFileSync(join(packageRoot, "package.json"), "utf8")) as { version: string })
  .version;

export function buildProgram(): Command {
  const program = new Command("marsad")
    .version(version)
    .description(
      "Marsad (مرصد) reads Arabic news natively and builds a verified, geocoded event log.\n" +
        "Every value it outputs is a span [start, end) into the untouched article text.",
    )
    .showHelpAfterError("(run with --help for usage)")
    .exitOverride();
  registerRun(program);
  registerIngest(program);
  registerAnalyze(program);
  registerSearch(program);
  registerStats(program);
  registerNer(program);
  registerStance(program);
  registerVerify(program);
  registerServe(program);
  registerWorker(program);
  program.addHelpText(
    "after",
    `
Input: JSON lines {"id","text","source","url","published_at"}, .txt or .html files, or directories of them.
Progress and errors go to stderr; results go to stdout or --output.

Exit codes: 0 ok · 1 finished but some records were invalid and skipped · 2 usage error · 3 failure

Examples:
  $ npx marsad run data/samples/articles.jsonl --out out/
  $ npx marsad analyze data/samples/articles.jsonl > analyses.jsonl
  $ npx marsad ingest data/samples/ && npx marsad search الحجر الأسود
  $ npx marsad ner --conll < tokens.conll`,
  );
  return program;
}

export async function main(argv: readonly string[]): Promise<number> {
  limitHeapGrowth();
  try {
    await buildProgram().parseAsync([...argv], { from: "user" });
    return typeof process.exitCode === "number" ? process.exitCode : ExitCode.ok;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end through here with exit code 0.
      return error.exitCode === 0 ? ExitCode.ok : ExitCode.usage;
    }
    if (error instanceof InputError && error.location === "options") {
      process.stderr.write(`marsad: ${error.message}\n`);
      return ExitCode.usage;
    }
    const prefix = error instanceof MarsadError ? `marsad: ${error.code}` : "marsad: error";
    process.stderr.write(`${prefix}: ${errorMessage(error)}\n`);
    return ExitCode.failure;
  }
}
