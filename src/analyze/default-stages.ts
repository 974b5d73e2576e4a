import { claimsStage } from "../claims/index.js";
import type { Stage } from "../core/pipeline.js";
import { eventsStage } from "../events/index.js";
import { actorsStage } from "../extract/actors/index.js";
import { datesStage } from "../extract/dates/index.js";
import { entitiesStage } from "../extract/ner/index.js";
import { numbersStage } from "../extract/numbers/index.js";
import { placesStage } from "../extract/places/index.js";
import { textStages } from "../text/stages.js";

/** The stages `marsad analyze` runs, in order; the pipeline runner checks that each one's needs are met. */
export function defaultStages(): Stage[] {
  return [
    ...textStages,
    datesStage,
    numbersStage,
    entitiesStage,
    placesStage,
    actorsStage,
    claimsStage,
    eventsStage,
  ];
}
