import type { Claim, EventMention, EventPlace } from "../../src/core/layers.js";
import type { TextSpan } from "../../src/core/span.js";
import { fingerprintArticle } from "../../src/ingest/index.js";
import { linkStore } from "../../src/link/link-store.js";
import type { Store } from "../../src/store/store.js";
import { ARTICLES, type EventSpec, type FixtureArticle } from "./api-fixture-articles.js";

export { ARTICLES, MARKUP, SQL } from "./api-fixture-articles.js";

/**
 * A small store for the API and web tests: invented reports (written for these tests) about invented
 * incidents at real Syrian places, each with the analysis an analyser would give it, linked by the real
 * linker. Two outlets report the same shelling of Kafr Nobol with different tolls (a contradiction); one
 * article quotes markup and SQL, which must stay inert text everywhere.
 */

interface PlaceEntry {
  readonly name_en: string;
  readonly pcode: string;
  readonly level: "town" | "city" | "district";
  readonly lat: number;
  readonly lon: number;
  readonly admin1: string;
  readonly admin2: string;
}

const PLACES: Readonly<Record<string, PlaceEntry>> = {
  كفرنبل: {
    name_en: "Kafr Nobol",
    pcode: "C4041",
    level: "town",
    lat: 35.6136,
    lon: 36.5597,
    admin1: "Idleb",
    admin2: "Al Ma'ra",
  },
  الميادين: {
    name_en: "Al Mayadin",
    pcode: "SY0903",
    level: "district",
    lat: 34.914,
    lon: 40.438,
    admin1: "Deir-ez-Zor",
    admin2: "Al Mayadin",
  },
  السويداء: {
    name_en: "As-Sweida",
    pcode: "C6299",
    level: "city",
    lat: 32.7089,
    lon: 36.5695,
    admin1: "As-Sweida",
    admin2: "As-Sweida",
  },
  إزرع: {
    name_en: "Izra'",
    pcode: "C6087",
    level: "town",
    lat: 32.8567,
    lon: 36.2511,
    admin1: "Dar'a",
    admin2: "Izra'",
  },
  الباب: {
    name_en: "Al Bab",
    pcode: "C1370",
    level: "city",
    lat: 36.3705,
    lon: 37.5157,
    admin1: "Aleppo",
    admin2: "Al Bab",
  },
};

const ACTORS: Readonly<Record<string, { id: string; name: string; inter: number }>> = {
  "قوات النظام": { id: "sy-gov-forces", name: "Military Forces of Syria", inter: 1 },
  "الطيران الروسي": { id: "ru-forces", name: "Military Forces of Russia", inter: 8 },
  "لواء السهل": { id: "sahl-brigade", name: "Sahl Brigade", inter: 2 },
  "كتائب الوادي": { id: "wadi-battalions", name: "Wadi Battalions", inter: 2 },
  محتجون: { id: "protesters-sy", name: "Protesters (Syria)", inter: 6 },
};

function spanOf(text: string, words: string): TextSpan {
  const start = text.indexOf(words);
  if (start < 0) throw new Error(`"${words}" is not in the fixture text`);
  return { start, end: start + words.length, text: words };
}

function sentences(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] !== ".") continue;
    out.push({ start, end: i + 1 });
    start = i + 1 < text.length && text[i + 1] === " " ? i + 2 : i + 1;
  }
  if (start < text.length) out.push({ start, end: text.length });
  return out;
}

function placeOf(text: string, name: string): EventPlace & TextSpan {
  const entry = PLACES[name]!;
  return {
    ...spanOf(text, name),
    ...entry,
    admin3: null,
    country: "Syria",
    geonames_id: null,
    geo_precision: 1,
  };
}

function actorOf(text: string, words: string) {
  const actor = ACTORS[words]!;
  return { span: spanOf(text, words), ...actor };
}

function numberIn(words: string): number {
  const digits = /\d+/.exec(words);
  return digits ? Number(digits[0]) : 2; // «شخصان», «قتل شخصان»: the dual is two
}

function eventMention(
  article: FixtureArticle,
  spec: EventSpec,
  index: number,
  claims: Claim[],
): EventMention {
  const { text } = article;
  const trigger = spanOf(text, spec.trigger);
  const a1 = spec.actor1 ? actorOf(text, spec.actor1) : null;
  const a2 = spec.actor2 ? actorOf(text, spec.actor2) : null;
  const sentence = sentences(text).find((s) => s.start <= trigger.start && trigger.end <= s.end)!;
  return {
    id: `e${index + 1}`,
    event_type: spec.type,
    sub_event_type: spec.sub,
    trigger,
    sentence,
    date: spec.date,
    time_precision: 1,
    ...(spec.dateText ? { date_span: spanOf(text, spec.dateText) } : {}),
    place: placeOf(text, spec.place),
    actor1: a1?.name ?? null,
    actor2: a2?.name ?? null,
    actor1_id: a1?.id ?? null,
    actor2_id: a2?.id ?? null,
    ...(a1 ? { actor1_span: a1.span, inter1: a1.inter } : {}),
    ...(a2 ? { actor2_span: a2.span, inter2: a2.inter } : {}),
    fatalities: spec.fatalities ? numberIn(spec.fatalities) : null,
    ...(spec.fatalities ? { fatalities_span: spanOf(text, spec.fatalities) } : {}),
    status: "happened",
    claims: claims.map((c) => c.id),
  };
}

/** The analysis record an analyser would store for the article (the layers linking and the API read). */
export function fixtureAnalysis(article: FixtureArticle) {
  const { text } = article;
  const events: EventMention[] = [];
  const claims: Claim[] = [];
  for (const [i, spec] of article.events.entries()) {
    const own: Claim[] = spec.claim
      ? [
          {
            id: `c${claims.length + 1}`,
            source: { ...spanOf(text, spec.claim.source), kind: spec.claim.kind, affiliation: null },
            cue: spanOf(text, spec.claim.cue),
            content: { start: spanOf(text, spec.trigger).start, end: text.length },
            certainty: spec.claim.certainty,
          },
        ]
      : [];
    claims.push(...own);
    events.push(eventMention(article, spec, i, own));
  }
  const places = article.events.map((e) => ({ ...placeOf(text, e.place), candidates: [] }));
  const actors = article.events.flatMap((e) =>
    [e.actor1, e.actor2]
      .filter((a) => a !== undefined)
      .map((a) => {
        const actor = actorOf(text, a!);
        return { ...actor.span, actor_id: actor.id, name_en: actor.name, inter: actor.inter };
      }),
  );
  const numbers = article.events.flatMap((e) =>
    e.fatalities
      ? [
          {
            ...spanOf(text, e.fatalities),
            value: numberIn(e.fatalities),
            approx: false,
            qualifier: null,
            counts: "killed",
          },
        ]
      : [],
  );
  const dates = article.events.flatMap((e) =>
    e.dateText
      ? [{ ...spanOf(text, e.dateText), kind: "point", value: e.date, precision: "day", resolved: true }]
      : [],
  );
  return {
    id: article.id,
    source: article.source,
    url: null,
    published_at: article.published_at,
    title: article.title,
    text,
    sentences: sentences(text),
    entities: [],
    places,
    actors,
    dates,
    numbers,
    claims,
    events,
    diagnostics: [],
    stages: [],
  };
}

/** Stores, analyses (with the fixture analyses) and links the articles. */
export async function seedStore(store: Store, articles: readonly FixtureArticle[] = ARTICLES): Promise<void> {
  const results = await store.putArticles(
    articles.map((a) =>
      fingerprintArticle({
        id: a.id,
        text: a.text,
        source: a.source,
        url: null,
        published_at: a.published_at,
        title: a.title,
      }),
    ),
  );
  for (const [i, result] of results.entries())
    await store.putAnalysis(result.id, result.version, fixtureAnalysis(articles[i]!));
  await linkStore(store, { clock: () => new Date("2023-05-01T00:00:00Z") });
}
