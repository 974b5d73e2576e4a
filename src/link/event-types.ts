import type { EventType } from "../core/layers.js";

/**
 * Which ACLED types two reports of one event may carry. Outlets of opposite loyalties code one incident
 * differently: an air strike on a market is "Air/drone strike" to one and an attack on civilians to another;
 * a raid is "Arrests" or "Looting/property destruction". Sub-types of one event type are compatible, and so
 * are the event types listed here. Anything else is another event.
 */

const COMPATIBLE_TYPES: ReadonlyArray<readonly [EventType, EventType]> = [
  ["Explosions/Remote violence", "Violence against civilians"],
  ["Explosions/Remote violence", "Battles"],
  ["Protests", "Riots"],
];

export type TypeMatch = "same" | "compatible" | "none";

export function typeMatch(
  a: { readonly event_type: EventType; readonly sub_event_type: string },
  b: { readonly event_type: EventType; readonly sub_event_type: string },
): TypeMatch {
  if (a.sub_event_type === b.sub_event_type) return "same";
  if (a.event_type === b.event_type) return "compatible";
  return compatibleTypes(a.event_type).includes(b.event_type) ? "compatible" : "none";
}

/** The event type itself and every type a report of the same event may carry instead. */
export function compatibleTypes(type: EventType): EventType[] {
  const out: EventType[] = [type];
  for (const [x, y] of COMPATIBLE_TYPES) {
    if (x === type) out.push(y);
    else if (y === type) out.push(x);
  }
  return out;
}

/** ACLED's disorder type for an event type. */
export function disorderType(type: EventType): string {
  switch (type) {
    case "Protests":
    case "Riots":
      return "Demonstrations";
    case "Strategic developments":
      return "Strategic developments";
    default:
      return "Political violence";
  }
}
