export { type Chunk, chunksOf, type Evaluation, evaluate, formatEvaluation } from "./chunks.js";
export { tagConll, tagConllStream } from "./conll.js";
export { parseConll } from "./corpus.js";
export { loadNerGazetteer, NerGazetteer } from "./gazetteer.js";
export { LABELS } from "./labels.js";
export { blocksOf, MEMORY_BLOCK, memoryCodes } from "./memory.js";
export { loadNerModel, type NerModel, tagDocument, tagSentence, tagWords } from "./model.js";
export { entitiesStage, tagTokens } from "./stage.js";
