import type {
  Claim,
  EventMention,
  EventPlace,
  EventQuantity,
  EventStatus,
  EventType,
  NumberMention,
  PlaceLevel,
  PlaceMention,
  SourceKind,
  TimePrecision,
} from "../core/layers.js";
import type { TextSpan } from "../core/span.js";
import type { LinkDocInput } from "./types.js";

/**
 * Builders for linker tests: documents written as Arabic sentences with the event mentions an analysis
 * would give them, every span found in the text. The places are fictional, with made-up codes and
 * coordinates: Tell al-Ward and Ain al-Samak are 4 km apart, Wadi al-Reem is 60 km away, all in the
 * fictional governorate "Nahr"; Madinat al-Rumman and Jabal al-Shams are evacuation destinations far apart.
 */

interface GazetteerPlace {
  readonly pcode: string | null;
  readonly name_en: string;
  readonly level: PlaceLevel;
  readonly lat: number;
  readonly lon: number;
  readonly admin1: string | null;
  readonly geo_precision: 1 | 2 | 3;
}

export const PLACES: Readonly<Record<string, GazetteerPlace>> = {
  "تل الورد": {
    pcode: "X001",
    name_en: "Tell al-Ward",
    level: "town",
    lat: 35.6,
    lon: 36.7,
    admin1: "Nahr",
    geo_precision: 1,
  },
  "عين السمك": {
    pcode: "X002",
    name_en: "Ain al-Samak",
    level: "town",
    lat: 35.63,
    lon: 36.72,
    admin1: "Nahr",
    geo_precision: 1,
  },
  "وادي الريم": {
    pcode: "X003",
    name_en: "Wadi al-Reem",
    level: "town",
    lat: 36.1,
    lon: 36.9,
    admin1: "Nahr",
    geo_precision: 1,
  },
  "ريف النهر الجنوبي": {
    pcode: null,
    name_en: "Southern Nahr countryside",
    level: "region",
    lat: 35.62,
    lon: 36.7,
    admin1: "Nahr",
    geo_precision: 2,
  },
  "مدينة الرمان": {
    pcode: "X010",
    name_en: "Madinat al-Rumman",
    level: "city",
    lat: 36.5,
    lon: 38.0,
    admin1: "Sharq",
    geo_precision: 1,
  },
  "جبل الشمس": {
    pcode: null,
    name_en: "Jabal al-Shams",
    level: "region",
    lat: 34.4,
    lon: 38.6,
    admin1: null,
    geo_precision: 3,
  },
};

export const ACTORS: Readonly<Record<string, { id: string; name: string; inter: number }>> = {
  "قوات الحكومة": { id: "xx-gov-forces", name: "Military Forces of Xland", inter: 1 },
  "الطيران الحكومي": { id: "xx-gov-forces", name: "Military Forces of Xland", inter: 1 },
  "طائرات أجنبية": { id: "yy-forces", name: "Military Forces of Yland", inter: 8 },
  "جبهة الفجر": { id: "fajr-front", name: "Fajr Front", inter: 2 },
  "ألوية النسر": { id: "nisr-brigades", name: "Nisr Brigades", inter: 2 },
  المدنيين: { id: "civilians", name: "Civilians", inter: 7 },
};

export interface ClaimSpec {
  readonly source: string;
  readonly kind: SourceKind;
  readonly cue: string;
  readonly certainty?: Claim["certainty"];
  readonly actor_id?: string;
  /** Index of the claim in this document's list that relays this one. */
  readonly via?: number;
}

export interface EventSpec {
  readonly trigger: string;
  readonly type?: EventType;
  readonly sub?: string;
  readonly date?: string | null;
  readonly precision?: TimePrecision;
  /** Words of the date in the text; without them the date came from the publication day. */
  readonly dateText?: string;
  readonly place?: string;
  readonly destination?: string;
  readonly actor1?: string;
  readonly actor2?: string;
  /** Words giving the toll; the number in them is the value. */
  readonly fatalities?: string;
  readonly qualifier?: string | null;
  readonly quantities?: readonly {
    readonly text: string;
    readonly counts: string;
    readonly approx?: boolean;
  }[];
  readonly status?: EventStatus;
  readonly aggregate?: boolean;
  /** Indexes into the document's claims. */
  readonly claims?: readonly number[];
}

export interface DocSpec {
  readonly id: string;
  readonly text: string;
  readonly outlet?: string | null;
  readonly published_at?: string | null;
  readonly copyOf?: string | null;
  readonly version?: number;
  readonly events?: readonly EventSpec[];
  readonly claims?: readonly ClaimSpec[];
}

/** Test documents are published on 10 March 2022 unless they say otherwise. */
function publishedAt(doc: DocSpec): string | null {
  return doc.published_at === undefined ? "2022-03-10" : doc.published_at;
}

export function spanOf(text: string, words: string, from = 0): TextSpan {
  const start = text.indexOf(words, from);
  if (start < 0) throw new Error(`"${words}" is not in the test text`);
  return { start, end: start + words.length, text: words };
}

function sentenceAround(text: string, at: number): { start: number; end: number } {
  const start = text.lastIndexOf(".", at - 1) + 1;
  const stop = text.indexOf(".", at);
  return { start, end: stop < 0 ? text.length : stop + 1 };
}

function place(text: string, name: string | undefined): EventPlace | null {
  if (name === undefined) return null;
  const entry = PLACES[name];
  if (!entry) throw new Error(`unknown test place "${name}"`);
  return { ...spanOf(text, name), ...entry, admin2: null, admin3: null, country: "Xland" };
}

function numberOf(words: string): number {
  const digits = /\d+/.exec(words);
  if (!digits) throw new Error(`no number in "${words}"`);
  return Number(digits[0]);
}

function actorFields(text: string, role: 1 | 2, words: string | undefined): Partial<EventMention> {
  if (words === undefined) return role === 1 ? { actor1: null } : { actor2: null };
  const actor = ACTORS[words];
  if (!actor) throw new Error(`unknown test actor "${words}"`);
  const span = spanOf(text, words);
  return role === 1
    ? { actor1: actor.name, actor1_id: actor.id, inter1: actor.inter, actor1_span: span }
    : { actor2: actor.name, actor2_id: actor.id, inter2: actor.inter, actor2_span: span };
}

function eventOf(doc: DocSpec, spec: EventSpec, index: number): EventMention {
  const { text } = doc;
  const trigger = spanOf(text, spec.trigger);
  const type = spec.type ?? "Explosions/Remote violence";
  const quantities: EventQuantity[] = (spec.quantities ?? []).map((q) => ({
    ...spanOf(text, q.text),
    value: numberOf(q.text),
    counts: q.counts,
    approx: q.approx ?? false,
  }));
  const date = spec.date === undefined ? publishedAt(doc) : spec.date;
  return {
    id: `e${index + 1}`,
    event_type: type,
    sub_event_type: spec.sub ?? "Air/drone strike",
    trigger,
    sentence: sentenceAround(text, trigger.start),
    date,
    time_precision: spec.precision ?? 1,
    ...(spec.dateText ? { date_span: spanOf(text, spec.dateText) } : {}),
    place: place(text, spec.place),
    ...(spec.destination ? { destination: place(text, spec.destination) } : {}),
    ...actorFields(text, 1, spec.actor1),
    ...actorFields(text, 2, spec.actor2),
    fatalities: spec.fatalities ? numberOf(spec.fatalities) : null,
    ...(spec.fatalities ? { fatalities_span: spanOf(text, spec.fatalities) } : {}),
    ...(quantities.length > 0 ? { quantities } : {}),
    status: spec.status ?? "happened",
    ...(spec.aggregate ? { aggregate: true } : {}),
    claims: (spec.claims ?? []).map((i) => `c${i + 1}`),
  } as EventMention;
}

function claimOf(text: string, spec: ClaimSpec, index: number): Claim {
  const source = spanOf(text, spec.source);
  const cue = spanOf(text, spec.cue);
  return {
    id: `c${index + 1}`,
    source: {
      text: spec.source,
      start: source.start,
      end: source.end,
      kind: spec.kind,
      affiliation: null,
      ...(spec.actor_id ? { actor_id: spec.actor_id } : {}),
    },
    cue,
    content: { start: cue.end, end: text.length },
    certainty: spec.certainty ?? "reported",
    ...(spec.via === undefined ? {} : { via: `c${spec.via + 1}` }),
  };
}

function numbersOf(doc: DocSpec): NumberMention[] {
  return (doc.events ?? []).flatMap((e) =>
    e.fatalities
      ? [
          {
            ...spanOf(doc.text, e.fatalities),
            value: numberOf(e.fatalities),
            approx: e.qualifier !== undefined && e.qualifier !== null,
            qualifier: e.qualifier ?? null,
            counts: "killed",
          },
        ]
      : [],
  );
}

/** The places layer: every event place and destination, as the gazetteer gives them. */
function placesOf(doc: DocSpec): PlaceMention[] {
  const names = (doc.events ?? []).flatMap((e) => [e.place, e.destination]);
  return [...new Set(names)]
    .filter((n): n is string => n !== undefined)
    .map((name) => {
      const { geo_precision: _precision, ...entry } = PLACES[name]!;
      return { ...spanOf(doc.text, name), ...entry, geonames_id: null };
    });
}

export function makeDoc(doc: DocSpec): LinkDocInput {
  return {
    id: doc.id,
    version: doc.version ?? 1,
    text: doc.text,
    outlet: doc.outlet === undefined ? "شبكة الاختبار" : doc.outlet,
    published_at: publishedAt(doc),
    title: null,
    copyOf: doc.copyOf ?? null,
    analysis: {
      sentences: [{ start: 0, end: doc.text.length }],
      places: placesOf(doc),
      actors: [],
      numbers: numbersOf(doc),
      claims: (doc.claims ?? []).map((c, i) => claimOf(doc.text, c, i)),
      events: (doc.events ?? []).map((e, i) => eventOf(doc, e, i)),
      dates: [],
    },
  };
}
