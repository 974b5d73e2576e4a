import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import type { Command } from "commander";
import { InputError } from "../../core/errors.js";
import { loadStanceModel } from "../../link/stance/load.js";
import { parseStanceRequest } from "../../link/stance/pair-input.js";
import { predictStance } from "../../link/stance/predict.js";
import { ExitCode } from "../exit-codes.js";
import { openJsonlWriter } from "../jsonl-writer.js";
import { plural, reportInputError } from "../report.js";

interface StanceOptions {
  readonly output?: string;
  readonly quiet?: boolean;
}

export function registerStance(program: Command): void {
  program
    .command("stance")
    .description(
      "stance of articles toward claims: agree, disagree, discuss or unrelated, with rationale lines",
    )
    .argument("[files...]", 'JSON lines {"id","claim","article"}; standard input when none or "-"')
    .option("-o, --output <file>", "write to this file instead of standard output")
    .option("-q, --quiet", "no summary on stderr")
    .addHelpText(
      "after",
      `
Writes one JSON line per pair: {"id","stance","confidence","rationale"}, where rationale holds indices into
article.split("\\n") of the lines that carry the stance (empty for "unrelated"). The model is
data/models/stance-unifiedfc.json (see its model card). Bad lines are skipped and reported (exit code 1).

Examples:
  $ npx marsad stance pairs.jsonl > stances.jsonl
  $ echo '{"id":"c1","claim":"…","article":"…"}' | npx marsad stance
  $ npx marsad stance pairs.jsonl | jq -r 'select(.stance=="disagree") | .id'`,
    )
    .action(async (files: string[], options: StanceOptions) => {
      process.exitCode = await stanceCommand(files, options);
    });
}

async function* inputLines(files: readonly string[]): AsyncGenerator<{ line: string; location: string }> {
  const names = files.length === 0 ? ["-"] : files;
  for (const name of names) {
    const input = name === "-" ? process.stdin : createReadStream(name, { encoding: "utf8" });
    let n = 0;
    try {
      for await (const line of createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY })) {
        n++;
        if (line.trim() !== "") yield { line, location: `${name === "-" ? "stdin" : name}:${n}` };
      }
    } catch (error) {
      throw new InputError(name, null, `cannot read: ${(error as Error).message}`);
    }
  }
}

async function stanceCommand(files: readonly string[], options: StanceOptions): Promise<number> {
  const model = loadStanceModel();
  const writer = openJsonlWriter(options.output);
  let judged = 0;
  let skipped = 0;
  try {
    for await (const { line, location } of inputLines(files)) {
      let request: ReturnType<typeof parseStanceRequest>;
      try {
        request = parseStanceRequest(line, location);
      } catch (error) {
        if (!(error instanceof InputError)) throw error;
        skipped++;
        reportInputError(error, "error");
        continue;
      }
      const result = predictStance(model, request.claim, request.article);
      await writer.write({ id: request.id, ...result });
      judged++;
    }
  } finally {
    await writer.close();
  }
  if (!options.quiet) process.stderr.write(`judged ${plural(judged, "pair")}, skipped ${skipped}\n`);
  return skipped > 0 ? ExitCode.partial : ExitCode.ok;
}
