import type { Command } from "commander";
import { openStore } from "../../store/open-store.js";
import { ExitCode } from "../exit-codes.js";
import { dbOption } from "../options.js";

interface StatsOptions {
  readonly db: string;
  readonly json?: boolean;
}

export function registerStats(program: Command): void {
  program
    .command("stats")
    .description("summarise what the store holds: articles, versions, duplicates, sources, date span")
    .addOption(dbOption())
    .option("--json", "print the figures as one JSON object")
    .addHelpText("after", "\nExample:\n  $ npx marsad stats --db .marsad/marsad.db")
    .action(async (options: StatsOptions) => {
      const store = await openStore(options.db);
      try {
        const stats = await store.stats();
        if (options.json) {
          process.stdout.write(`${JSON.stringify(stats)}\n`);
          return;
        }
        const lines = [
          `articles        ${stats.articles}`,
          `versions        ${stats.versions}`,
          `duplicates      ${stats.duplicates} exact, ${stats.nearDuplicates} near`,
          `analysed        ${stats.analysed}`,
          `published       ${stats.firstPublished ?? "?"} … ${stats.lastPublished ?? "?"}`,
          "sources:",
          ...stats.sources.map((s) => `  ${String(s.articles).padStart(6)}  ${s.source ?? "(unknown)"}`),
        ];
        process.stdout.write(`${lines.join("\n")}\n`);
      } finally {
        await store.close();
      }
      process.exitCode = ExitCode.ok;
    });
}
