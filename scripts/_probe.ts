import { normalizeText } from "../src/text/normalize.js";
import { segmentWord } from "../src/text/segment.js";
import { defaultStemLexicon } from "../src/text/stem-lexicon.js";
const lex = defaultStemLexicon();
const words = process.argv.slice(2).join(" ").split(/\s+/);
const out: string[] = [];
for (const raw of words) {
  const n = normalizeText(raw);
  const a = segmentWord(n.text, (i) => raw.charCodeAt(n.starts[i]!), lex);
  if (!a) { out.push(`${raw}=∅`); continue; }
  let p = 0; const parts = a.prefixes.map((l) => { const s = n.text.slice(p, p + l); p += l; return s; });
  out.push(`${raw}=${[...parts, `[${a.stem}]`, a.suffixKey].filter(Boolean).join("+")}`);
}
console.log(out.join("  "));
