import type { Command } from "commander";
import { openStore } from "../../store/open-store.js";
import { dbOption, positiveInt } from "../options.js";

interface SearchOptions {
  readonly db: string;
  readonly limit: number;
  readonly offset: number;
  readonly json?: boolean;
}

export function registerSearch(program: Command): void {
  program
    .command("search")
    .description(
      "full-text search over stored articles; spelling variants of Arabic letters match each other",
    )
    .argument("<query...>", "words to look for (all must occur)")
    .addOption(dbOption())
    .option("-n, --limit <n>", "how many hits", positiveInt, 20)
    .option("--offset <n>", "skip this many hits (paging)", (v) => Number.parseInt(v, 10), 0)
    .option("--json", "one JSON hit per line")
    .addHelpText(
      "after",
      '\nExamples:\n  $ npx marsad search مخيم اليرموك\n  $ npx marsad search "وقف إطلاق النار" --json -n 5',
    )
    .action(async (words: string[], options: SearchOptions) => {
      const store = await openStore(options.db);
      try {
        const hits = await store.search(words.join(" "), { limit: options.limit, offset: options.offset });
        for (const hit of hits) {
          if (options.json) {
            process.stdout.write(`${JSON.stringify(hit)}\n`);
          } else {
            const meta = [hit.source ?? "(unknown source)", hit.published_at ?? "undated"].join(" · ");
            process.stdout.write(`${hit.id}  ${meta}\n  ${hit.snippet.replace(/\s+/g, " ")}\n\n`);
          }
        }
        if (!options.json) process.stderr.write(`${hits.length} hit(s)\n`);
      } finally {
        await store.close();
      }
    });
}
