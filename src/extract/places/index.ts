import { loadActors } from "../actors/dictionary.js";
import { type Gazetteer, loadGazetteer } from "./gazetteer.js";

export { findPlaceHits, type PlaceHit } from "./find-places.js";
export {
  distanceKm,
  type Gazetteer,
  loadGazetteer,
  normalizeAll,
  type Place,
  parseGazetteer,
} from "./gazetteer.js";
export { PhraseIndex, type PhraseMatch } from "./phrase-index.js";
export { extractPlaces, placesStage } from "./places-stage.js";
export { type ResolvedHit, resolvePlaces } from "./resolve-places.js";
export { scanWords, type WordList } from "./words.js";

/**
 * The gazetteer with the multiword actor names as blocked phrases, so that «دمشق الآن» (an outlet)
 * or «قوات سوريا الديمقراطية» yields no place.
 */
export function loadPlaceGazetteer(): Gazetteer {
  return loadGazetteer(loadActors().names.filter((n) => n.includes(" ")));
}
