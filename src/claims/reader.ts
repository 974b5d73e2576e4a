import type { ActorDictionary } from "../extract/actors/dictionary.js";
import type { StemLexicon } from "../text/stem-lexicon.js";
import type { AttributionLexicon } from "./cue-lexicon.js";
import type { DocView } from "./doc-view.js";

/** What every step of the claims stage reads: the document view and the loaded lexicons. */
export interface Reader {
  readonly view: DocView;
  readonly lex: AttributionLexicon;
  readonly actors: ActorDictionary | null;
  readonly stems: StemLexicon;
}
