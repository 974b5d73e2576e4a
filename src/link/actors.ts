import { normalizeArabic } from "../text/normalize.js";

/**
 * Whether two reported actors can be the same party. Outlets name one party at different levels (the
 * government and its army, «الجيش» and «قوات النظام»), so related dictionary entries count as one:
 * the same id, an id extending the other («sy-gov» and «sy-gov-forces»), or two state entries of one
 * country (ids with the same two-letter country prefix and both of ACLED type 1 or 8).
 */

export interface ReportedActor {
  readonly name: string;
  readonly id: string | null;
  readonly inter: number | null;
}

const COUNTRY_PREFIX = /^([a-z]{2})-/;
const STATE_TYPES = new Set([1, 8]);

function relatedIds(a: string, b: string, interA: number | null, interB: number | null): boolean {
  if (a === b || a.startsWith(`${b}-`) || b.startsWith(`${a}-`)) return true;
  const ca = COUNTRY_PREFIX.exec(a)?.[1];
  const cb = COUNTRY_PREFIX.exec(b)?.[1];
  return (
    ca !== undefined &&
    ca === cb &&
    interA !== null &&
    interB !== null &&
    STATE_TYPES.has(interA) &&
    interA === interB
  );
}

export function sameActor(a: ReportedActor, b: ReportedActor): boolean {
  if (a.id && b.id) return relatedIds(a.id, b.id, a.inter, b.inter);
  return normalizeArabic(a.name) === normalizeArabic(b.name);
}

/** The key an actor is counted under when comparing stories (its id, else its normalised name). */
export function actorKey(actor: ReportedActor): string {
  return actor.id ?? normalizeArabic(actor.name);
}
