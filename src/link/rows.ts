import type { CanonicalEvent } from "./event-index.js";
import type { Story } from "./story-index.js";
import type { DocRecord, MentionRecord } from "./types.js";

/** The `data` JSON of each kind of linking row (see persist.ts for the way back). */

export function storyData(story: Story): { seq: number } {
  return { seq: story.seq };
}

export function eventData(
  event: CanonicalEvent,
  updatedAt: string | null,
): { seq: number; updated_at: string | null } {
  return { seq: event.seq, updated_at: updatedAt };
}

export function docData(doc: DocRecord): Omit<DocRecord, "id" | "version" | "story"> {
  const { id: _id, version: _version, story: _story, ...data } = doc;
  return data;
}

export function mentionData(record: MentionRecord): Omit<MentionRecord, "doc"> {
  const { doc: _doc, ...data } = record;
  return data;
}
