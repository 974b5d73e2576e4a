import type { Command } from "commander";
import { stanceVerifier, type VerifyEvidence, type VerifyResult } from "../../api/verify.js";
import { openStore } from "../../store/open-store.js";
import { dbOption, positiveInt } from "../options.js";

interface VerifyOptions {
  readonly db: string;
  readonly limit: number;
  readonly json?: boolean;
}

export function registerVerify(program: Command): void {
  program
    .command("verify")
    .description("check a claim against stored articles: each one's stance with rationale, and a verdict")
    .argument("<claim...>", "the claim (quote it, or give its words)")
    .addOption(dbOption())
    .option("-n, --limit <n>", "how many sources to show", positiveInt, 10)
    .option("--json", "the whole result as one JSON object (as POST /api/verify returns)")
    .addHelpText(
      "after",
      `
Finds stored articles through full-text search, judges each one's stance toward the claim (agree, disagree,
discuss; unrelated ones are dropped) with the stance model, and weighs a verdict: supported, refuted, disputed
(both sides carry weight) or unverified (no article takes a side). Rationale numbers are line indices into the
article text (text.split("\\n")). The verdict is evidence for a reader, not proof.

Examples:
  $ npx marsad verify "قصف الطيران مستشفى في مدينة إدلب"
  $ npx marsad verify --json -n 5 "مقتل قائد فصيل في درعا" | jq '.evidence[] | {doc, stance}'`,
    )
    .action(async (words: string[], options: VerifyOptions) => {
      const store = await openStore(options.db);
      try {
        const result = await stanceVerifier(words.join(" "), store, { limit: options.limit });
        process.stdout.write(options.json ? `${JSON.stringify(result)}\n` : formatVerification(result));
      } finally {
        await store.close();
      }
    });
}

const SIDES = [
  { stance: "agree", title: "agree (support the claim)" },
  { stance: "disagree", title: "disagree (deny or refute it)" },
  { stance: "discuss", title: "discuss (report it without taking a side)" },
] as const;

function formatSource(e: VerifyEvidence): string {
  const meta = [e.source ?? "(unknown source)", e.published_at ?? "undated"].join(" · ");
  const lines = e.rationale.length > 0 ? `lines ${e.rationale.join(", ")}` : "no rationale";
  return `  ${e.doc}  ${meta}  confidence ${(e.confidence ?? 0).toFixed(2)}, ${lines}\n    ${e.snippet.replace(/\s+/g, " ")}\n`;
}

/** The verdict, then the sources grouped by side. */
export function formatVerification(result: VerifyResult): string {
  const parts = [`claim: ${result.claim}\nverdict: ${result.verdict} (${result.method})\n`];
  for (const side of SIDES) {
    const sources = result.evidence.filter((e) => e.stance === side.stance);
    if (sources.length > 0)
      parts.push(`\n${side.title}: ${sources.length}\n${sources.map(formatSource).join("")}`);
  }
  if (result.evidence.length === 0) parts.push("\nno stored article takes a stance on this claim\n");
  return parts.join("");
}
