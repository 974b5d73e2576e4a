import type { EventType } from "../core/layers.js";

/** ACLED's six event types and their 25 sub-event types, spelled as ACLED spells them (codebook 2019–2024). */
export const ACLED_SUB_EVENT_TYPES: Readonly<Record<EventType, readonly string[]>> = {
  Battles: ["Armed clash", "Government regains territory", "Non-state actor overtakes territory"],
  "Explosions/Remote violence": [
    "Chemical weapon",
    "Air/drone strike",
    "Suicide bomb",
    "Shelling/artillery/missile attack",
    "Remote explosive/landmine/IED",
    "Grenade",
  ],
  "Violence against civilians": ["Sexual violence", "Attack", "Abduction/forced disappearance"],
  Protests: ["Peaceful protest", "Protest with intervention", "Excessive force against protesters"],
  Riots: ["Violent demonstration", "Mob violence"],
  "Strategic developments": [
    "Agreement",
    "Arrests",
    "Change to group/activity",
    "Disrupted weapons use",
    "Headquarters or base established",
    "Looting/property destruction",
    "Non-violent transfer of territory",
    "Other",
  ],
};

export function isEventType(value: string): value is EventType {
  return Object.hasOwn(ACLED_SUB_EVENT_TYPES, value);
}

/** The event type a sub-event type belongs to. */
export function eventTypeOf(subType: string): EventType | null {
  for (const [type, subs] of Object.entries(ACLED_SUB_EVENT_TYPES)) {
    if (subs.includes(subType)) return type as EventType;
  }
  return null;
}
