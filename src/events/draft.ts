import type { EventMention } from "../core/layers.js";
import type { TriggerHit } from "./find-triggers.js";

/**
 * An event mention before merging, with what the merge needs to know about the evidence behind it:
 * whether the date came from the text, whether the place was only the document's main place, and the
 * sides (actor ids, state actors folded by country) it names.
 */
export interface Draft {
  readonly hit: TriggerHit;
  readonly mention: EventMention;
  /** Lower is better evidence: the time_precision of a date read in the text, 9 for the publication date. */
  readonly dateRank: number;
  readonly placeFromDoc: boolean;
  readonly sides: readonly string[];
  /** First and last day the date covers (day numbers), when the date came from the text. */
  readonly days: readonly [number, number] | null;
}
