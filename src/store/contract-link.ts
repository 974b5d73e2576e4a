import { describe, expect, it } from "vitest";
import type { LinkChanges, Store } from "./store.js";
import { makeArticleInput as article } from "./test-article.js";

/** Linking half of the Store contract: the queue of unlinked articles and the linking state. */
export function describeLinkContract(store: () => Store): void {
  describe("linking state", () => {
    describeQueue(store);
    describeState(store);
  });
}

async function twoAnalysed(store: Store): Promise<void> {
  await store.putArticles([
    article("k1", "قصف على بلدة كفرنبل", { source: "شبكة أ" }),
    article("k2", "قصف على بلدة حاس", { source: "شبكة ب" }),
    article("k3", "خبر لم يحلل بعد"),
  ]);
  await store.putAnalysis("k1", 1, { events: [] });
  await store.putAnalysis("k2", 1, { events: [] });
}

const oneStory: LinkChanges = {
  stories: [{ id: "s1", data: { seq: 1 } }],
  docs: [{ id: "k1", version: 1, story: "s1", data: { terms: [["قصف", 0.5]] } }],
  events: [{ id: "ev1", data: { seq: 1 } }],
  mentions: [{ doc: "k1", mention: "e1", event: "ev1", data: { sub_event_type: "Shelling" } }],
  terms: [
    { term: "قصف", docs: 1 },
    { term: "كفرنبل", docs: 1 },
  ],
  counters: { story: 1, event: 1 },
};

function describeQueue(store: () => Store): void {
  it("lists analysed latest versions that have no link at that version", async () => {
    await twoAnalysed(store());
    expect((await store().listUnlinked()).map((a) => a.id)).toEqual(["k1", "k2"]);
    await store().putLinkChanges(oneStory);
    expect((await store().listUnlinked()).map((a) => a.id)).toEqual(["k2"]);
    expect(await store().listUnlinked({ limit: 1, offset: 1 })).toEqual([]);
    // A new text makes the article unlinked again once it is analysed.
    await store().putArticles([article("k1", "قصف مدفعي على بلدة كفرنبل", { source: "شبكة أ" })]);
    expect((await store().listUnlinked()).map((a) => a.id)).toEqual(["k2"]);
    await store().putAnalysis("k1", 2, { events: [] });
    const again = await store().listUnlinked();
    expect(again.map((a) => [a.id, a.version])).toEqual([
      ["k1", 2],
      ["k2", 1],
    ]);
    expect(again[0]).toMatchObject({ text: "قصف مدفعي على بلدة كفرنبل", source: "شبكة أ" });
  });
}

function describeState(store: () => Store): void {
  it("starts empty, then reads back what was put", async () => {
    expect(await store().getLinkState()).toEqual({
      stories: [],
      docs: [],
      events: [],
      mentions: [],
      terms: [],
      counters: {},
    });
    await twoAnalysed(store());
    await store().putLinkChanges(oneStory);
    const state = await store().getLinkState();
    expect(state.stories).toEqual([{ id: "s1", data: { seq: 1 } }]);
    expect(state.docs).toEqual([{ id: "k1", version: 1, story: "s1", data: { terms: [["قصف", 0.5]] } }]);
    expect(state.events).toEqual([{ id: "ev1", data: { seq: 1 } }]);
    expect(state.mentions).toEqual([
      { doc: "k1", mention: "e1", event: "ev1", data: { sub_event_type: "Shelling" } },
    ]);
    expect([...state.terms].sort((a, b) => a.term.localeCompare(b.term))).toEqual([
      { term: "قصف", docs: 1 },
      { term: "كفرنبل", docs: 1 },
    ]);
    expect(state.counters).toEqual({ story: 1, event: 1 });
  });

  it("upserts by key, removes what it is told, and sets term counts", async () => {
    await twoAnalysed(store());
    await store().putLinkChanges(oneStory);
    await store().putLinkChanges({
      stories: [{ id: "s2", data: { seq: 2 } }],
      docs: [
        { id: "k1", version: 1, story: "s2", data: { moved: true } },
        { id: "k2", version: 1, story: "s2", data: {} },
      ],
      events: [{ id: "ev2", data: { seq: 2 } }],
      mentions: [
        { doc: "k1", mention: "e1", event: "ev2", data: { merged: true } },
        { doc: "k2", mention: "e1", event: "ev2", data: {} },
      ],
      removedEvents: [],
      terms: [
        { term: "قصف", docs: 2 },
        { term: "كفرنبل", docs: 0 },
      ],
      counters: { story: 2 },
    });
    await store().putLinkChanges({ removedEvents: ["ev1"], removedStories: ["s1"] });
    const state = await store().getLinkState();
    expect(state.stories.map((s) => s.id)).toEqual(["s2"]);
    expect(state.docs.map((d) => [d.id, d.story, d.data])).toEqual([
      ["k1", "s2", { moved: true }],
      ["k2", "s2", {}],
    ]);
    expect(state.mentions.map((m) => [m.doc, m.event, m.data])).toEqual([
      ["k1", "ev2", { merged: true }],
      ["k2", "ev2", {}],
    ]);
    expect(state.terms).toEqual([{ term: "قصف", docs: 2 }]);
    expect(state.counters).toEqual({ story: 2, event: 1 });

    await store().putLinkChanges({
      removedMentions: [{ doc: "k2", mention: "e1" }],
      removedDocs: ["k2"],
    });
    const after = await store().getLinkState();
    expect(after.docs.map((d) => d.id)).toEqual(["k1"]);
    expect(after.mentions.map((m) => m.doc)).toEqual(["k1"]);
    expect((await store().listUnlinked()).map((a) => a.id)).toEqual(["k2"]);
  });

  it("rejects a change that refers to a missing story, event or article, storing none of it", async () => {
    await twoAnalysed(store());
    const missingStory = store().putLinkChanges({
      stories: [{ id: "s9", data: {} }],
      docs: [{ id: "k1", version: 1, story: "nowhere", data: {} }],
    });
    expect(missingStory).toBeInstanceOf(Promise);
    await expect(missingStory).rejects.toThrow();
    await expect(
      store().putLinkChanges({
        stories: [{ id: "s9", data: {} }],
        docs: [{ id: "not-stored", version: 1, story: "s9", data: {} }],
      }),
    ).rejects.toThrow(/not-stored/);
    await expect(
      store().putLinkChanges({
        ...oneStory,
        mentions: [{ doc: "k1", mention: "e1", event: "no-such-event", data: {} }],
      }),
    ).rejects.toThrow();
    expect((await store().getLinkState()).stories).toEqual([]);
    // Still usable afterwards.
    await store().putLinkChanges(oneStory);
    expect((await store().getLinkState()).docs.length).toBe(1);
  });

  it("clears every link but keeps articles and analyses", async () => {
    await twoAnalysed(store());
    await store().putLinkChanges(oneStory);
    await store().clearLinks();
    expect(await store().getLinkState()).toMatchObject({ stories: [], docs: [], mentions: [], counters: {} });
    expect((await store().listUnlinked()).map((a) => a.id)).toEqual(["k1", "k2"]);
    expect(await store().getAnalysis("k1")).toEqual({ events: [] });
  });

  it("keeps hostile ids and JSON data verbatim", async () => {
    const id = `doc'"; DROP TABLE link_docs; --`;
    await store().putArticles([article(id, "نص")]);
    await store().putAnalysis(id, 1, {});
    const data = { note: "<script>alert(1)</script>", nested: { n: [1, null, "ع"] } };
    await store().putLinkChanges({
      stories: [{ id: "s'1", data }],
      docs: [{ id, version: 1, story: "s'1", data }],
    });
    expect((await store().getLinkState()).docs).toEqual([{ id, version: 1, story: "s'1", data }]);
  });
}
