import { distanceKm, type Gazetteer, type Place } from "./gazetteer.js";
import { isLandmarkHead, isNameHead, type Trigger, triggerOf } from "./triggers.js";
import type { WordList } from "./words.js";

/** A gazetteer name found in a document, before its place is chosen among the candidates. */
export interface PlaceHit {
  readonly startWord: number;
  readonly endWord: number;
  /** Offsets of the name in the normalised text (clitics excluded). */
  readonly normStart: number;
  readonly normEnd: number;
  /** The name as the lexicon holds it. */
  readonly key: string;
  readonly candidates: readonly number[];
  /** The trigger word before the name («حي», «مخيم» …), or null. */
  readonly trigger: Trigger | null;
  /** The name is also an ordinary word (or too short to trust alone). */
  readonly common: boolean;
  /** The first word carried a conjunction «و». */
  readonly conjoined: boolean;
  /** A locative preposition precedes the name («في», «من», «نحو», or an attached «ب»/«ل»). */
  readonly locative: boolean;
  /** Some candidate is a country, governorate, city or region. */
  readonly prominent: boolean;
  /** A one-word name of villages only: trusted only in context. */
  readonly weak: boolean;
}

const LOCATIVES = new Set("في|من|الى|نحو|باتجاه|داخل|خارج|قرب|حول|عبر|الي|بين|اتجاه".split("|"));
const PROMINENT = new Set(["country", "governorate", "city", "region"]);

const MIN_TRUSTED_LENGTH = 3;
const NEAR_KM = 30;

/** Every longest gazetteer match, left to right, with its trigger word and common-word flag. */
export function findPlaceHits(list: WordList, gazetteer: Gazetteer): PlaceHit[] {
  const hits: PlaceHit[] = [];
  let i = 0;
  while (i < list.count) {
    const m = gazetteer.index.matchAt(list, i);
    if (!m) {
      i++;
      continue;
    }
    const before = i > 0 && list.joins[i - 1] === 1 && m.prefix === 0 ? list.words[i - 1] : undefined;
    const key = [m.first, ...list.words.slice(i + 1, m.endWord)].join(" ");
    if (!m.value.block && !isLandmarkHead(before) && !isNameHead(key)) {
      const bare = key.startsWith("ال") ? key.slice(2) : key;
      hits.push({
        startWord: i,
        endWord: m.endWord,
        normStart: list.starts[i]! + m.prefix,
        normEnd: list.ends[m.endWord - 1]!,
        key,
        candidates: m.value.places,
        trigger: triggerOf(before),
        common: gazetteer.common.has(key) || bare.length < MIN_TRUSTED_LENGTH,
        conjoined: m.prefix > 0 && list.words[i]!.startsWith("و"),
        locative:
          (before !== undefined && LOCATIVES.has(before)) || list.words[i]!.slice(0, m.prefix).endsWith("ب"),
        prominent: m.value.places.some((p) => isProminent(gazetteer.places[p])),
        weak: m.endWord - i === 1 && m.value.places.every((p) => gazetteer.places[p]?.level === "village"),
      });
    }
    i = m.endWord;
  }
  return acceptCommon(hits, gazetteer);
}

function isProminent(place: Place | undefined): boolean {
  return place !== undefined && PROMINENT.has(place.level);
}

/** Governorates of the names the document gives without doubt, the area a village is looked for in. */
function anchorAreas(hits: readonly PlaceHit[], gazetteer: Gazetteer): Set<string> {
  const areas = new Set<string>();
  for (const h of hits) {
    if (h.common || h.weak || h.candidates.length !== 1) continue;
    const place = gazetteer.places[h.candidates[0]!]!;
    const area = place.level === "governorate" ? place.nameEn : place.admin1;
    if (area) areas.add(area);
  }
  return areas;
}

function inArea(h: PlaceHit, gazetteer: Gazetteer, areas: Set<string>): boolean {
  return h.candidates.some((i) => areas.has(gazetteer.places[i]?.admin1 ?? ""));
}

function near(a: PlaceHit, b: PlaceHit, gazetteer: Gazetteer): boolean {
  return a.candidates.some((i) =>
    b.candidates.some((j) => distanceKm(gazetteer.places[i]!, gazetteer.places[j]!) < NEAR_KM),
  );
}

/**
 * A name that is also an ordinary word («التضامن» solidarity, «الباب» the door) counts as a place
 * only after a strong trigger word («حي», «بلدة»), after a locative preposition when it names a
 * country, city or region («في الباب», «بسورية» but not «جنسيات سورية»), when the same name follows
 * a strong trigger elsewhere in the document («حي التضامن» … «والتضامن»), or when it is coordinated
 * with a nearby accepted place («مخيم اليرموك والتضامن», not «روسيا والغرب»). A one-word village
 * name («مصطفى», «سان») also passes after a locative preposition inside a governorate the document
 * already names.
 */
function acceptCommon(hits: PlaceHit[], gazetteer: Gazetteer): PlaceHit[] {
  const fits = (h: PlaceHit) =>
    h.trigger !== null && h.candidates.some((i) => h.trigger?.levels.includes(gazetteer.places[i]!.level));
  const triggered = new Set(hits.filter((h) => h.trigger?.strong && fits(h)).map((h) => h.key));
  const areas = anchorAreas(hits, gazetteer);
  const ok = hits.map((h) => {
    if (!h.common && !h.weak) return true;
    if (triggered.has(h.key)) return true;
    if (h.common) return h.prominent && (h.trigger ? fits(h) : h.locative);
    return (h.locative && inArea(h, gazetteer, areas)) || h.trigger !== null;
  });
  for (let pass = 0; pass < 2; pass++) {
    for (let k = 0; k < hits.length; k++) {
      if (ok[k]) continue;
      const h = hits[k]!;
      const prev = hits[k - 1];
      const next = hits[k + 1];
      const afterPlace =
        prev && h.conjoined && prev.endWord === h.startWord && ok[k - 1] && near(prev, h, gazetteer);
      const beforePlace =
        next?.conjoined && next.startWord === h.endWord && ok[k + 1] && near(next, h, gazetteer);
      if (afterPlace || beforePlace) ok[k] = true;
    }
  }
  return hits.filter((_, k) => ok[k]);
}
