import { type CanonicalFields, canonicalFields } from "./canonical.js";
import { type Contradiction, findContradictions } from "./contradictions.js";
import { type Corroboration, corroboration, countSources, type SourceCount } from "./corroboration.js";
import type { CanonicalEvent } from "./event-index.js";

/** A canonical event with what the linker concludes about it: values, sources, contradictions, label. */
export interface AssessedEvent {
  readonly event: CanonicalEvent;
  readonly fields: CanonicalFields;
  readonly sources: SourceCount;
  readonly contradictions: readonly Contradiction[];
  readonly corroboration: Corroboration;
}

export function assessEvent(event: CanonicalEvent): AssessedEvent {
  const sources = countSources(event.mentions);
  const contradictions = findContradictions(event.mentions, sources);
  return {
    event,
    fields: canonicalFields(event.mentions),
    sources,
    contradictions,
    corroboration: corroboration(sources, contradictions.length),
  };
}
