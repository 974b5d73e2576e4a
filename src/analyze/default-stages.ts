import type { Stage } from "../core/pipeline.js";
import { entitiesStage } from "../extract/ner/index.js";
import { textStages } from "../text/stages.js";

/** The stages `marsad analyze` runs, in order; the pipeline runner checks that each one's needs are met. */
export function defaultStages(): Stage[] {
  return [...textStages, entitiesStage];
}
