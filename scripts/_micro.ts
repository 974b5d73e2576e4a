import { readdirSync, readFileSync } from "node:fs";
import { sharedDataPath } from "../src/core/paths.js";
import { normalizeText } from "../src/text/normalize.js";
import { tokenize } from "../src/text/tokenize.js";
import { defaultStemLexicon } from "../src/text/stem-lexicon.js";
const dir = sharedDataPath("unifiedfc", "claims");
const arts: string[] = [];
for (const n of readdirSync(dir)) for (const a of (JSON.parse(readFileSync(`${dir}/${n}`, "utf8")).article as string[])) arts.push(a);
const lex = defaultStemLexicon();
const norms = arts.map((a) => normalizeText(a));
let keys = new Set<string>(); let nk = new Set<string>(); let ar = 0;
for (let i = 0; i < arts.length; i++) for (const t of tokenize(arts[i]!, norms[i]!, lex)) if (t.kind === "arabic") { ar++; keys.add(arts[i]!.slice(t.start, t.end)); nk.add(t.norm); }
console.log("arabic tokens", ar, "raw types", keys.size, "norm types", nk.size);
for (let r = 0; r < 3; r++) { const c0 = process.cpuUsage(); const t0 = performance.now(); let n = 0; for (let i = 0; i < arts.length; i++) n += tokenize(arts[i]!, norms[i]!, lex).length; console.log("tokenize", (performance.now() - t0).toFixed(0), "ms wall", (process.cpuUsage(c0).user/1000).toFixed(0), "ms cpu", n); }
