import type { Command } from "commander";
import { loadNerModel, tagConllStream } from "../../extract/ner/index.js";

export function registerNer(program: Command): void {
  program
    .command("ner")
    .description("named-entity tagging (PERS, LOC, ORG, MISC in IOB2) of CoNLL tokens: benchmark mode")
    .requiredOption("--conll", "read CoNLL from stdin (one token per line, blank line between sentences)")
    .addHelpText(
      "after",
      `
Reads one token per line (extra columns are ignored) and writes token<TAB>TAG with the same tokens and
sentence breaks. The model is data/models/ner-anercorp.bin (see its model card).

Example:
  $ cut -d' ' -f1 dev.conll | npx marsad ner --conll > tagged.tsv`,
    )
    .action(async () => {
      await tagConllStream(process.stdin, process.stdout, loadNerModel());
    });
}
