export { type AssessedEvent, assessEvent } from "./assess.js";
export { type CanonicalFields, canonicalFields } from "./canonical.js";
export type { Contradiction, ContradictionField, ContradictionValue } from "./contradictions.js";
export { type Corroboration, countSources, type Report, type SourceCount } from "./corroboration.js";
export type { CanonicalEvent } from "./event-index.js";
export {
  analysisLayers,
  type LinkStoreOptions,
  type LinkStoreResult,
  linkInput,
  linkStore,
} from "./link-store.js";
export { Linker, type LinkerOptions, type LinkResult } from "./linker.js";
export { countsConflict, type ReportedNumber } from "./numbers.js";
export { linkerFromState } from "./persist.js";
export type { Story } from "./story-index.js";
export type { DocRecord, LinkDocInput, MentionRecord, SourceCredit } from "./types.js";
