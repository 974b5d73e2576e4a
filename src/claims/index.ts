export { claimsOf, claimsStage } from "./claims-stage.js";
export {
  type AttributionLexicon,
  type CueEntry,
  type CueRow,
  loadAttributionCues,
  parseAttributionCues,
} from "./cue-lexicon.js";
export { buildDocView, type DocView } from "./doc-view.js";
export { type ClaimResources, extractClaims } from "./extract-claims.js";
