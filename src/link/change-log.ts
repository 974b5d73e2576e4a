import type { EventMentionRow, LinkChanges } from "../store/link-types.js";
import type { Linker } from "./linker.js";
import { docData, eventData, mentionData, storyData } from "./rows.js";
import type { DocRecord, MentionRecord } from "./types.js";

/**
 * What the linker changed since the store last saw it. Rows are built when the changes are taken, from the
 * linker's state at that moment, so a story changed ten times is written once.
 */
export class ChangeLog {
  private docs = new Set<string>();
  private stories = new Set<string>();
  private events = new Set<string>();
  private mentions = new Map<string, { doc: string; mention: string }>();
  private removedMentions = new Map<string, { doc: string; mention: string }>();
  private removedEvents = new Set<string>();
  private removedDocs = new Set<string>();
  private removedStories = new Set<string>();

  doc(doc: DocRecord): void {
    this.docs.add(doc.id);
  }

  story(id: string): void {
    this.stories.add(id);
    this.removedStories.delete(id);
  }

  event(id: string): void {
    this.events.add(id);
  }

  mention(record: MentionRecord): void {
    const key = mentionKey(record.doc, record.mention.id);
    this.mentions.set(key, { doc: record.doc, mention: record.mention.id });
  }

  removeMention(doc: string, mention: string): void {
    const key = mentionKey(doc, mention);
    this.mentions.delete(key);
    this.removedMentions.set(key, { doc, mention });
  }

  removeEvent(id: string): void {
    this.events.delete(id);
    this.removedEvents.add(id);
  }

  removeDoc(id: string): void {
    this.docs.delete(id);
    this.removedDocs.add(id);
  }

  removeStory(id: string): void {
    this.stories.delete(id);
    this.removedStories.add(id);
  }

  get empty(): boolean {
    return (
      this.docs.size +
        this.stories.size +
        this.events.size +
        this.mentions.size +
        this.removedMentions.size +
        this.removedEvents.size +
        this.removedDocs.size +
        this.removedStories.size ===
      0
    );
  }

  take(linker: Linker, terms: LinkChanges["terms"]): LinkChanges {
    const changes: LinkChanges = {
      removedMentions: [...this.removedMentions.values()],
      removedEvents: [...this.removedEvents],
      removedDocs: [...this.removedDocs],
      removedStories: [...this.removedStories],
      stories: [...this.stories].flatMap((id) => {
        const story = linker.stories.stories.get(id);
        return story ? [{ id, data: storyData(story) }] : [];
      }),
      docs: [...this.docs].flatMap((id) => {
        const doc = linker.docs.get(id);
        return doc ? [{ id, version: doc.version, story: doc.story, data: docData(doc) }] : [];
      }),
      events: [...this.events].flatMap((id) => {
        const event = linker.events.events.get(id);
        return event ? [{ id, data: eventData(event, linker.updatedAt.get(id) ?? null) }] : [];
      }),
      mentions: [...this.mentions.values()].flatMap(({ doc, mention }) => mentionRow(linker, doc, mention)),
      terms: terms ?? [],
      counters: { story: linker.counters.story, event: linker.counters.event, termDocs: linker.terms.docs },
    };
    this.clear();
    return changes;
  }

  private clear(): void {
    for (const set of [this.docs, this.stories, this.events, this.removedEvents, this.removedDocs])
      set.clear();
    this.removedStories.clear();
    this.mentions.clear();
    this.removedMentions.clear();
  }
}

function mentionKey(doc: string, mention: string): string {
  return JSON.stringify([doc, mention]);
}

function mentionRow(linker: Linker, doc: string, mention: string): EventMentionRow[] {
  const eventId = linker.mentionEvents.get(doc)?.get(mention);
  const record =
    eventId &&
    linker.events.events.get(eventId)?.mentions.find((m) => m.doc === doc && m.mention.id === mention);
  return record ? [{ doc, mention, event: eventId, data: mentionData(record) }] : [];
}
