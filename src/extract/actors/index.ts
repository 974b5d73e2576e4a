export { actorsStage, extractActors } from "./actors-stage.js";
export { resolvePro, resolveRef } from "./descriptions.js";
export {
  type Actor,
  type ActorDictionary,
  type ActorEntry,
  type ActorKind,
  loadActors,
  parseActors,
} from "./dictionary.js";
