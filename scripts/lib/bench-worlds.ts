import type { LinkDocInput } from "../../src/link/types.js";

/**
 * Synthetic copies of analysed articles for the linking benchmark. Copy `world` (0 is the original) moves
 * every date by 2,000 days per world and maps each Arabic letter to another one by a per-world rotation,
 * which keeps every offset (one code unit for one) while making other words, so a copy neither merges
 * with its original nor shares its vocabulary. Places and actors keep their keys and the shifted dates
 * overlap other worlds' years, so the event index sees more reports per place and week, as a bigger news
 * stream would: that is the load the benchmark is meant to grow.
 */

const SHIFT_DAYS = 2000;
const FIRST = 0x0621;
const LAST = 0x064a;
const LETTERS = LAST - FIRST + 1;
const DAY = /\d{4}-\d{2}-\d{2}/g;

function shiftDates(value: string, days: number): string {
  return value.replace(DAY, (day) =>
    new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10),
  );
}

/** Letters each world rotates by; world 6 would come back to the original letters. */
const ROTATE_STEP = 7;
export const MAX_WORLDS = LETTERS / ROTATE_STEP;

function cipher(text: string, world: number): string {
  const rotate = (world * ROTATE_STEP) % LETTERS;
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out += c >= FIRST && c <= LAST ? String.fromCharCode(FIRST + ((c - FIRST + rotate) % LETTERS)) : text[i];
  }
  return out;
}

export function copyOfWorld(doc: LinkDocInput, world: number): LinkDocInput {
  if (world === 0) return doc;
  if (!Number.isInteger(world) || world < 0 || world >= MAX_WORLDS)
    throw new RangeError(`world must be an integer from 0 to ${MAX_WORLDS - 1}, got ${world}`);
  const days = world * SHIFT_DAYS;
  const suffix = `~w${world}`;
  const events = doc.analysis.events.map((e) => ({
    ...e,
    date: e.date === null ? null : shiftDates(e.date, days),
  }));
  return {
    ...doc,
    id: doc.id + suffix,
    text: cipher(doc.text, world),
    published_at: doc.published_at === null ? null : shiftDates(doc.published_at, days),
    copyOf: doc.copyOf === null ? null : doc.copyOf + suffix,
    analysis: { ...doc.analysis, events },
  };
}
