import { MarsadError } from "../core/errors.js";
import type { LinkState } from "../store/link-types.js";
import type { CanonicalEvent } from "./event-index.js";
import { indexKeys } from "./event-index.js";
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
  };
}

function mentionOf(row: LinkState["mentions"][number]): MentionRecord {
  const data = row.data;
  if (!isObject(data) || !isObject(data.mention) || !isObject(data.credit))
    fail(`mention "${row.mention}" of "${row.doc}" is incomplete`);
  return { ...(data as unknown as Omit<MentionRecord, "doc">), doc: row.doc };
}

/** A linker holding the stored state, ready to link more documents. */
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
  for (const row of state.docs) {
    const doc = docOf(row);
    const story = stories.get(doc.story) ?? fail(`document "${doc.id}" is in a missing story`);
    linker.stories.join(story, doc);
    linker.docs.set(doc.id, doc);
  }
  loadEvents(linker, state);
  return linker;
}

function loadEvents(linker: Linker, state: LinkState): void {
  const byEvent = new Map<string, MentionRecord[]>();
  for (const row of state.mentions) {
    const record = mentionOf(row);
    const list = byEvent.get(row.event);
    if (list) list.push(record);
    else byEvent.set(row.event, [record]);
    linker.mentionsOf(row.doc).set(row.mention, row.event);
    const story = linker.docs.get(row.doc)?.story;
    if (story !== undefined) {
      const ids = linker.storyEvents.get(story) ?? new Set<string>();
      ids.add(row.event);
      linker.storyEvents.set(story, ids);
    }
  }
  for (const row of state.events) {
    const mentions = byEvent.get(row.id) ?? [];
    if (mentions.length === 0) continue;
    const event: CanonicalEvent = {
      id: row.id,
      seq: seqOf(row.data, `event "${row.id}"`),
      mentions,
      keys: new Set(mentions.flatMap((m) => indexKeys(m, linker.docs.get(m.doc)?.story ?? ""))),
    };
    linker.events.put(event);
    const updated =
      isObject(row.data) && typeof row.data.updated_at === "string" ? row.data.updated_at : null;
    if (updated !== null) linker.updatedAt.set(row.id, updated);
  }
}
