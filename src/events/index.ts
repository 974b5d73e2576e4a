export { ACLED_SUB_EVENT_TYPES, eventTypeOf } from "./acled-types.js";
export type { DocLayers } from "./doc-view.js";
export { eventsStage, extractEvents } from "./events-stage.js";
export {
  buildEventLexicon,
  type CueLabel,
  type EventLexicon,
  loadEventTriggers,
  parseEventCues,
  parseEventTriggers,
  type TriggerEntry,
} from "./trigger-lexicon.js";
