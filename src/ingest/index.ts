export type { Candidate, DuplicateMatch, Fingerprinted } from "./duplicate-index.js";
export { bestNearDuplicate, DuplicateIndex } from "./duplicate-index.js";
export {
  contentHash,
  estimateSimilarity,
  FINGERPRINT_VERSION,
  fingerprintArticle,
  isEmptySignature,
  isNearDuplicate,
  lshBands,
  minhashSignature,
  NEAR_DUPLICATE,
  sameSource,
} from "./fingerprint.js";
export type { HtmlExtract } from "./html.js";
export { extractHtml } from "./html.js";
export { isValidPublishedAt } from "./published-at.js";
export { checkDefaults, readArticles } from "./read-articles.js";
export type { IngestItem, IngestOptions, InputFormat, Severity } from "./types.js";
export { STDIN_NAME } from "./types.js";
export { isUnifiedFcClaim, unifiedFcId } from "./unifiedfc.js";
