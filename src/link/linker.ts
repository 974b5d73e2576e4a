import type { LinkChanges } from "../store/link-types.js";
import { ChangeLog } from "./change-log.js";
import { type CanonicalEvent, EventIndex } from "./event-index.js";
import { docFeatures, mentionRecords } from "./link-input.js";
import { emptyStory, type Story, StoryIndex } from "./story-index.js";
import { TermStats } from "./term-vectors.js";
import type { DocRecord, LinkDocInput, MentionRecord } from "./types.js";

/**
 * Cross-document linking, incremental: each document joins the best story or starts one, and each of its
 * event mentions joins the best compatible canonical event or starts one. Nothing already linked is
 * reclustered. A document linked again (a new version of its text) first leaves its story and events.
 * The linker holds the state in memory; `takeChanges` hands what changed to the store.
 */

export interface LinkResult {
  readonly story: string;
  /** The canonical event of each of the document's mentions, in order. */
  readonly events: readonly string[];
}

export interface LinkerOptions {
  /** Time stamps of changed events come from here; tests pass a fixed clock. */
  readonly clock?: () => Date;
}

export class Linker {
  readonly docs = new Map<string, DocRecord>();
  readonly stories = new StoryIndex();
  readonly events = new EventIndex();
  /** Events with a mention from a document of the story, by story id. */
  readonly storyEvents = new Map<string, Set<string>>();
  /** Canonical event of each mention, by document then mention id. */
  readonly mentionEvents = new Map<string, Map<string, string>>();
  terms = new TermStats();
  readonly counters = { story: 0, event: 0 };
  readonly updatedAt = new Map<string, string>();
  readonly log = new ChangeLog();
  private readonly clock: () => Date;

  constructor(options: LinkerOptions = {}) {
    this.clock = options.clock ?? (() => new Date());
  }

  link(input: LinkDocInput): LinkResult {
    if (this.docs.has(input.id)) this.unlink(input.id);
    const copyOf = input.copyOf !== null && input.copyOf !== input.id ? input.copyOf : null;
    const copyRoot = copyOf === null ? input.id : (this.docs.get(copyOf)?.copyRoot ?? copyOf);
    const features = docFeatures(input);
    this.terms.add(features.words);
    const records = mentionRecords(input, copyRoot);
    const draft: DocRecord = {
      id: input.id,
      version: input.version,
      story: "",
      linked: this.terms.docs,
      outlet: input.outlet,
      published_at: input.published_at,
      title: input.title,
      day: features.day,
      copyOf,
      copyRoot,
      vector: this.terms.vector(features.words),
      places: features.places,
      actors: features.actors,
      types: features.types,
      mentions: records.map((r) => r.mention.id),
    };
    const original = copyOf === null ? undefined : this.docs.get(copyOf);
    const story =
      (original && this.stories.stories.get(original.story)) ?? this.stories.best(draft) ?? this.newStory();
    draft.story = story.id;
    this.stories.join(story, draft);
    this.docs.set(draft.id, draft);
    this.log.doc(draft);
    this.log.story(story.id);
    return { story: story.id, events: records.map((record) => this.placeMention(record, story)) };
  }

  private placeMention(record: MentionRecord, story: Story): string {
    const inStory = (other: MentionRecord) => this.docs.get(other.doc)?.story === story.id;
    const event = this.events.best(record, story.id, inStory) ?? this.newEvent();
    this.events.addMention(event, record, story.id);
    this.eventsOf(story.id).add(event.id);
    this.mentionsOf(record.doc).set(record.mention.id, event.id);
    this.touchEvent(event.id);
    this.log.mention(record);
    return event.id;
  }

  /** Takes a document out of its story and events; empty stories and events are deleted. */
  unlink(id: string): void {
    const doc = this.docs.get(id);
    if (!doc) return;
    const mentions = this.mentionEvents.get(id) ?? new Map<string, string>();
    for (const eventId of new Set(mentions.values())) {
      if (this.events.removeDoc(eventId, id, (d) => this.docs.get(d)?.story ?? "")) {
        this.log.removeEvent(eventId);
        this.updatedAt.delete(eventId);
      } else this.touchEvent(eventId);
    }
    for (const mention of mentions.keys()) this.log.removeMention(id, mention);
    this.mentionEvents.delete(id);
    this.docs.delete(id);
    this.log.removeDoc(id);
    const story = this.stories.stories.get(doc.story);
    if (story) {
      const rest = [...story.docs].filter((d) => d !== id).map((d) => this.docs.get(d)?.day ?? null);
      this.stories.leave(story, doc, rest);
      if (story.docs.size === 0) {
        this.log.removeStory(story.id);
        this.storyEvents.delete(story.id);
      } else this.refreshStoryEvents(story);
    }
  }

  /** Events of a story, recomputed from its documents' mentions (after a document left it). */
  private refreshStoryEvents(story: Story): void {
    const ids = new Set<string>();
    for (const doc of story.docs)
      for (const eventId of this.mentionEvents.get(doc)?.values() ?? []) ids.add(eventId);
    this.storyEvents.set(story.id, ids);
  }

  /** Everything changed since the last call, as one store change; clears the log. */
  takeChanges(): LinkChanges {
    return this.log.take(this, this.terms.takeChanged());
  }

  private newStory(): Story {
    const seq = ++this.counters.story;
    const story = emptyStory(`st${seq}`, seq);
    this.stories.put(story);
    return story;
  }

  private newEvent(): CanonicalEvent {
    const seq = ++this.counters.event;
    const event: CanonicalEvent = { id: `ev${seq}`, seq, mentions: [], keys: new Set() };
    this.events.put(event);
    return event;
  }

  private touchEvent(id: string): void {
    this.updatedAt.set(id, this.clock().toISOString());
    this.log.event(id);
  }

  private eventsOf(story: string): Set<string> {
    let ids = this.storyEvents.get(story);
    if (!ids) {
      ids = new Set();
      this.storyEvents.set(story, ids);
    }
    return ids;
  }

  mentionsOf(doc: string): Map<string, string> {
    let map = this.mentionEvents.get(doc);
    if (!map) {
      map = new Map();
      this.mentionEvents.set(doc, map);
    }
    return map;
  }
}
