import { readFileSync } from "node:fs";
import { normalizeText } from "../src/text/normalize.js";
import { tokenize } from "../src/text/tokenize.js";
import { splitSentences } from "../src/text/sentences.js";
const raw = readFileSync(process.argv[2]!, "utf8");
const n = normalizeText(raw);
const toks = tokenize(raw, n);
for (const t of toks.slice(0, Number(process.argv[3] ?? 40))) {
  const parts = [...(t.prefixes ?? []).map((s) => raw.slice(s.start, s.end) + "+"), t.stem ? `[${raw.slice(t.stem.start, t.stem.end)}]` : "", ...(t.suffixes ?? []).map((s) => "+" + raw.slice(s.start, s.end))].join("");
  process.stdout.write(`${raw.slice(t.start, t.end)}/${t.kind[0]}${parts ? ":" + parts : ""}  `);
}
console.log();
for (const s of splitSentences(raw, toks)) console.log("---", JSON.stringify(raw.slice(s.start, s.end)));
