import type { PlaceLevel } from "../../core/layers.js";
import { normalizeArabic } from "../../text/normalize.js";
import { cliticVariants } from "./clitics.js";

/**
 * Words that introduce a place name («حي التضامن», «بلدة كفرنبل», «محافظة إدلب») and the levels they
 * point to. The trigger stays outside the place's span unless the gazetteer holds the whole phrase
 * («مخيم اليرموك» is a name of C1002, so that span includes «مخيم»).
 */
const TRIGGERS: ReadonlyArray<[string, readonly PlaceLevel[], boolean]> = [
  ["حي|حيي", ["neighbourhood", "town", "camp"], true],
  ["أحياء", ["neighbourhood", "town", "camp"], false],
  ["مخيم|مخيمات|مخيمي", ["camp"], true],
  ["مدينة|مدن|مدينتي", ["city", "town"], false],
  ["العاصمة|عاصمة", ["city", "town"], false],
  ["بلدة|بلدات|بلدتي", ["town", "village"], true],
  ["قرية|قرى|قريتي", ["village", "town"], true],
  ["محافظة|محافظات|محافظتي", ["governorate"], true],
  ["ناحية|نواحي", ["subdistrict", "town", "village"], true],
  ["منطقة|مناطق|منطقتي", ["district", "subdistrict", "region", "town", "village"], false],
  ["ريف|أرياف", ["governorate", "city", "town", "district"], false],
  ["دولة|جمهورية|مملكة", ["country"], false],
];

/**
 * A trigger's levels, and whether it is strong: a strong one («حي», «بلدة», «قرية») is enough to read a
 * common word as a place of those levels; a weak one («مدينة», which also heads «مدينة الأسد الرياضية»,
 * «منطقة», «العاصمة») only guides the choice among candidates, and lets a common word name a city.
 */
export interface Trigger {
  readonly levels: readonly PlaceLevel[];
  readonly strong: boolean;
}

/** Words after which a place name is part of another name («شارع بغداد» is a Damascus street). */
const LANDMARK_HEADS =
  "شارع|ساحة|دوار|جامع|مسجد|مدرسة|فندق|جامعة|كلية|مشفى|مستشفى|فرع|نادي|منتخب|صحيفة|قناة|إذاعة|وكالة";

const triggers = new Map<string, Trigger>();
for (const [words, levels, strong] of TRIGGERS) {
  for (const w of words.split("|")) triggers.set(normalizeArabic(w), { levels, strong });
}
const landmarkHeads = new Set(LANDMARK_HEADS.split("|").map(normalizeArabic));

/** The trigger a word is («بمخيم» counts: clitics are stripped), or null. */
export function triggerOf(word: string | undefined): Trigger | null {
  if (word === undefined) return null;
  for (const v of cliticVariants(word)) {
    const trigger = triggers.get(v.word);
    if (trigger) return trigger;
  }
  return null;
}

/** First words of compound names («تل أبيض», «عين العرب»): alone they are not a place. */
const NAME_HEADS = new Set(
  "تل|تلة|عين|دير|كفر|خربة|بيت|مزرعة|جسر|سوق|قصر|حوش|أم|أبو|رأس|جب|بئر|وادي|جبل|عرب|قلعة|مشرفة|تلول|عيون"
    .split("|")
    .map(normalizeArabic),
);

export function isNameHead(key: string): boolean {
  return NAME_HEADS.has(key);
}

export function isLandmarkHead(word: string | undefined): boolean {
  if (word === undefined) return false;
  return cliticVariants(word).some((v) => landmarkHeads.has(v.word));
}
