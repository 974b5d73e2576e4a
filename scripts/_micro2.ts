import { readdirSync, readFileSync } from "node:fs";
import { sharedDataPath } from "../src/core/paths.js";
import { normalizeText } from "../src/text/normalize.js";
import { tokenize } from "../src/text/tokenize.js";
import { defaultStemLexicon } from "../src/text/stem-lexicon.js";
import { splitSentences } from "../src/text/sentences.js";
const dir = sharedDataPath("unifiedfc", "claims");
const arts: string[] = [];
for (const n of readdirSync(dir)) for (const a of (JSON.parse(readFileSync(`${dir}/${n}`, "utf8")).article as string[])) arts.push(a);
const lex = defaultStemLexicon();
const empty = { stems: new Map(), prefixes: new Map(), suffixes: new Map() };
const norms = arts.map((a) => normalizeText(a));
function time(name: string, f: () => void) { const c0 = process.cpuUsage(); const t0 = performance.now(); f(); console.log(name.padEnd(12), (performance.now() - t0).toFixed(0).padStart(6), "ms wall", (process.cpuUsage(c0).user / 1000).toFixed(0).padStart(6), "ms cpu"); }
for (let r = 0; r < 3; r++) {
  time("normalize", () => { for (const a of arts) normalizeText(a); });
  time("slices", () => { let x = 0; for (let i = 0; i < arts.length; i++) { const t = norms[i]!.text; let j = 0; while (j < t.length) { const k = t.indexOf(" ", j); const e = k < 0 ? t.length : k; x += t.slice(j, e).length; j = e + 1; } } });
  time("tok-lex", () => { for (let i = 0; i < arts.length; i++) tokenize(arts[i]!, norms[i]!, lex); });
  time("tok-nolex", () => { for (let i = 0; i < arts.length; i++) tokenize(arts[i]!, norms[i]!, empty); });
  time("sentences", () => { for (let i = 0; i < arts.length; i++) splitSentences(arts[i]!, tokenize(arts[i]!, norms[i]!, lex)); });
}
