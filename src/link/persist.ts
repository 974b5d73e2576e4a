import { MarsadError } from "../core/errors.js";
import type { LinkState } from "../store/link-types.js";
import { Linker, type LinkerOptions } from "./linker.js";
import { emptyStory, type Story } from "./story-index.js";
import { TermStats } from "./term-vectors.js";
import type { DocRecord, MentionRecord } from "./types.js";

/**
 * The linker's state as store rows and back. Rows hold what cannot be recomputed (document features,
 * mention records, ids and sequence numbers); story sums, postings and event keys are rebuilt on load,
 * which is linear in the stored documents and never re-clusters anything.
 */

function fail(what: string): never {
  throw new MarsadError("link_state", `the stored linking state is damaged: ${what}; run with --relink`);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function seqOf(data: unknown, what: string): number {
  if (!isObject(data) || typeof data.seq !== "number") fail(`${what} has no sequence number`);
  return data.seq;
}

function docOf(row: LinkState["docs"][number]): DocRecord {
  const data = row.data;
  if (!isObject(data) || !Array.isArray(data.vector) || !Array.isArray(data.mentions))
    fail(`document "${row.id}" has no features`);
  return {
    ...(data as unknown as Omit<DocRecord, "id" | "version" | "story">),
    id: row.id,
    version: row.version,
    story: row.story,
    // States saved before documents carried it: 0 keeps the stored order.
    linked: typeof data.linked === "number" ? data.linked : 0,
  };
}

function mentionOf(row: LinkState["mentions"][number]): MentionRecord {
  const data = row.data;
  if (!isObject(data) || !isObject(data.mention) || !isObject(data.credit))
    fail(`mention "${row.mention}" of "${row.doc}" is incomplete`);
  return { ...(data as unknown as Omit<MentionRecord, "doc">), doc: row.doc };
}

/**
 * A linker holding the stored state, ready to link more documents. Documents and mentions are replayed in the
 * order they were linked, so the reloaded linker breaks ties exactly as the live one did. Known gap: after a
 * document was relinked (a new version of its text), the live indexes keep traces of the removed version (the
 * recency of posting lists, stale story postings, entries pushed out of capped lists) that the stored state
 * does not record, so a reload can then break a tie differently.
 */
export function linkerFromState(state: LinkState, options: LinkerOptions = {}): Linker {
  const linker = new Linker(options);
  linker.counters.story = state.counters.story ?? 0;
  linker.counters.event = state.counters.event ?? 0;
  linker.terms = TermStats.from(state.terms, state.counters.termDocs ?? 0);
  const stories = new Map<string, Story>();
  for (const row of state.stories) {
    const story = emptyStory(row.id, seqOf(row.data, `story "${row.id}"`));
    stories.set(row.id, story);
    linker.stories.put(story);
  }
  // Replayed in linking order: candidate lists keep their most recent entries, story sums are floating-point
  // sums, and ties go to the first candidate, so any other order can decide differently from the live linker.
  const docs = state.docs.map(docOf).sort((a, b) => a.linked - b.linked);
  for (const doc of docs) {
    const story = stories.get(doc.story) ?? fail(`document "${doc.id}" is in a missing story`);
    linker.stories.join(story, doc);
    linker.docs.set(doc.id, doc);
  }
  loadEvents(linker, state);
  return linker;
}

/** Mentions in the order they were placed: by document as linked, then as the analysis lists them. */
function placementOrder(linker: Linker, records: MentionRecord[]): MentionRecord[] {
  const rank = (record: MentionRecord): [number, number] => {
    const doc = linker.docs.get(record.doc);
    return [doc?.linked ?? 0, doc?.mentions.indexOf(record.mention.id) ?? 0];
  };
  const ranked = records.map((record) => ({ record, rank: rank(record) }));
  ranked.sort((a, b) => a.rank[0] - b.rank[0] || a.rank[1] - b.rank[1]);
  return ranked.map((r) => r.record);
}

function loadEvents(linker: Linker, state: LinkState): void {
  const eventOf = new Map<MentionRecord, string>();
  const withMentions = new Set<string>();
  for (const row of state.mentions) {
    const record = mentionOf(row);
    eventOf.set(record, row.event);
    withMentions.add(row.event);
  }
  for (const row of state.events) {
    if (!withMentions.has(row.id)) continue;
    linker.events.put({
      id: row.id,
      seq: seqOf(row.data, `event "${row.id}"`),
      mentions: [],
      keys: new Set(),
    });
    const updated =
      isObject(row.data) && typeof row.data.updated_at === "string" ? row.data.updated_at : null;
    if (updated !== null) linker.updatedAt.set(row.id, updated);
  }
  // Placing each mention again as the live linker did rebuilds the events' mention order and postings.
  for (const record of placementOrder(linker, [...eventOf.keys()])) {
    const eventId = eventOf.get(record)!;
    linker.mentionsOf(record.doc).set(record.mention.id, eventId);
    const story = linker.docs.get(record.doc)?.story;
    if (story === undefined) continue;
    const ids = linker.storyEvents.get(story) ?? new Set<string>();
    ids.add(eventId);
    linker.storyEvents.set(story, ids);
    const event = linker.events.events.get(eventId);
    if (event) linker.events.addMention(event, record, story);
  }
}
