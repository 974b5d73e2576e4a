import { describe, expect, it } from "vitest";
import type { Certainty, Claim } from "../core/layers.js";
import { textSpan } from "../core/span.js";
import { burnClass, killByVictims, protestWithDeaths, territoryByActor } from "./classify.js";
import { extractEvents } from "./events-stage.js";
import { layersOf, sharedResources } from "./test-helpers.js";

// Claims built by hand around sentences of our own, so the status rules are tested apart from the claims stage.

function claimOver(text: string, id: string, content: string, certainty: Certainty, source?: string): Claim {
  const start = text.indexOf(content);
  const at = source ? text.indexOf(source) : -1;
  return {
    id,
    source: source
      ? { text: source, start: at, end: at + source.length, kind: "outlet", affiliation: null }
      : { text: "", kind: "author", affiliation: null },
    cue: textSpan(text, Math.max(0, start - 1), start),
    content: { start, end: start + content.length },
    certainty,
  };
}

function eventsWith(text: string, claims: readonly Claim[]) {
  const { eventTriggers, actors } = sharedResources();
  return extractEvents({ ...layersOf(text), claims }, eventTriggers!, actors);
}

describe("status from the claim that reports the event", () => {
  const text = "قالت شبكة محلية إن قوات النظام قصفت بلدة كفرنبل صباح اليوم.";
  const content = "قوات النظام قصفت بلدة كفرنبل صباح اليوم";

  it("keeps a reported or confirmed event as happened, and lists the claim", () => {
    const [e] = eventsWith(text, [claimOver(text, "c1", content, "reported", "شبكة محلية")]);
    expect([e?.status, e?.claims]).toEqual(["happened", ["c1"]]);
  });

  it.each([
    ["rumoured", "rumoured"],
    ["denied", "denied"],
    ["expected", "expected"],
  ] as const)("a %s claim makes the event %s", (certainty, status) => {
    const [e] = eventsWith(text, [claimOver(text, "c1", content, certainty, "شبكة محلية")]);
    expect(e?.status).toBe(status);
  });

  it("lets the innermost claim decide when claims relay each other", () => {
    const outer = claimOver(text, "c1", "قوات النظام قصفت بلدة كفرنبل صباح اليوم", "confirmed", "شبكة محلية");
    const inner = { ...claimOver(text, "c2", "قصفت بلدة كفرنبل", "rumoured"), via: "c1" };
    const [e] = eventsWith(text, [outer, inner]);
    expect([e?.status, e?.claims]).toEqual(["rumoured", ["c1", "c2"]]);
  });

  it("keeps the trigger's own modality when it is stronger than the claim's", () => {
    const future = "قالت شبكة محلية إن قوات النظام ستقصف بلدة كفرنبل.";
    const [e] = eventsWith(future, [
      claimOver(future, "c1", "قوات النظام ستقصف بلدة كفرنبل", "confirmed", "شبكة محلية"),
    ]);
    expect(e?.status).toBe("expected");
  });

  it("does not make the source of a claim a party to a violent event it reports", () => {
    const report = "قالت هيئة تحرير الشام إن قوات النظام قصفت بلدة كفرنبل.";
    const source = claimOver(report, "c1", "قوات النظام قصفت بلدة كفرنبل", "reported", "هيئة تحرير الشام");
    const [e] = eventsWith(report, [source]);
    expect(e?.actor1).toMatch(/^Military Forces of Syria/);
    expect(e?.actor2).toBeNull();
  });

  it("merges the claims of every mention of one event", () => {
    const two = "قصفت قوات النظام بلدة كفرنبل صباح اليوم. وأكدت شبكة محلية أن القصف استهدف سوق البلدة.";
    const events = eventsWith(two, [
      claimOver(two, "c1", "قصفت قوات النظام بلدة كفرنبل صباح اليوم", "reported"),
      claimOver(two, "c2", "القصف استهدف سوق البلدة", "confirmed", "شبكة محلية"),
    ]);
    expect(events).toHaveLength(1);
    expect(events[0]?.claims).toEqual(["c1", "c2"]);
  });
});

describe("classification rules", () => {
  const state = { name: "Military Forces of Syria", id: "sy-gov-forces", inter: 1 };
  const rebels = { name: "Hayat Tahrir al-Sham", id: "hts", inter: 2 };
  const overtakes = { eventType: "Battles", subType: "Non-state actor overtakes territory" } as const;

  it("territoryByActor: state forces regain, others overtake, no actor keeps the word's reading", () => {
    expect(territoryByActor(state, overtakes).subType).toBe("Government regains territory");
    expect(territoryByActor(rebels, overtakes).subType).toBe("Non-state actor overtakes territory");
    expect(territoryByActor(null, overtakes)).toBe(overtakes);
  });

  it("killByVictims: civilians killed is an attack, fighters killed a clash", () => {
    expect(killByVictims(null, true).subType).toBe("Attack");
    expect(killByVictims(rebels, false).subType).toBe("Armed clash");
    expect(killByVictims({ name: "Civilians (Syria)", id: "civilians", inter: 7 }, false).subType).toBe(
      "Attack",
    );
  });

  it("protestWithDeaths: a protest with deaths is excessive force", () => {
    const peaceful = { eventType: "Protests", subType: "Peaceful protest" } as const;
    expect(protestWithDeaths(peaceful, 2).subType).toBe("Excessive force against protesters");
    expect(protestWithDeaths(peaceful, null)).toBe(peaceful);
  });

  it("burnClass: people burnt is an attack, property burnt is property destruction", () => {
    const burnt = (text: string) => {
      const layers = layersOf(text);
      const events = extractEvents(layers, sharedResources().eventTriggers!, sharedResources().actors);
      return events.map((e) => e.sub_event_type);
    };
    expect(burnt("أحرق مسلحون ثلاثة شبان في قرية الزهراء.")).toEqual(["Attack"]);
    expect(burnt("أحرق مسلحون منازل في قرية الزهراء.")).toEqual(["Looting/property destruction"]);
    expect(typeof burnClass).toBe("function");
  });
});
