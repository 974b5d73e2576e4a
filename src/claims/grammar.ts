import { normalizeArabic } from "../text/normalize.js";

/**
 * Closed-class words the claims stage reads structure from, normalised once at load. These are grammar, not
 * vocabulary, so they live here rather than in the lexicon files.
 */
function set(words: string): ReadonlySet<string> {
  return new Set(normalizeArabic(words).split(" "));
}

/**
 * «أن», «إن», «بأن», «فإن» with or without a subject pronoun: the content starts after them. «فقد» opens the
 * main clause after a fronted phrase («ووفقاً لتقرير المراسل فقد سيطر …»).
 */
export const COMPLEMENTIZERS = set(
  "أن أنه أنها أنهم أنهما أنهن إن إنه إنها إنهم بأن بأنه بأنها بأنهم فإن فإنه فإنها فإنهم فقد",
);

/** Words before a cue that negate it («لم يؤكد», «لا يتوقع»). */
export const NEGATIONS = set("لم ولم لا ولا لن ولن");

/** Words that may stand between a negation and its cue («لم يتم تأكيد» is not read; «لم يكن قد»). */
export const AUXILIARIES = set("قد وقد كان وكان كانت وكانت");

/** After a comma, these open a new clause that is no longer what the source said. */
export const CONNECTIVES = set("حيث وحيث فيما وفيما بينما وبينما لكن ولكن");
/** Two-word connectives («في حين», «على غرار», «إلا أن»): first word → possible second words. */
export const CONNECTIVE_PAIRS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  [normalizeArabic("في"), set("حين وقت المقابل")],
  [normalizeArabic("على"), set("غرار صعيد")],
  [normalizeArabic("من"), set("جهة جانبه جانبها")],
  [normalizeArabic("إلى"), set("ذلك")],
  [normalizeArabic("إلا"), set("أن")],
  [normalizeArabic("غير"), set("أن")],
  [normalizeArabic("يأتي"), set("ذلك هذا")],
  [normalizeArabic("ويأتي"), set("ذلك هذا")],
]);

/** Words that make a following cue part of the clause before it: «كما يشاع», «وفق ما أفاد». */
export const AS_WORDS = set("كما وكما");
export const WHAT = normalizeArabic("ما");

/** Relative pronouns: a cue after one sits inside a relative clause («والتي يعتقد أنها …»). */
export const RELATIVES = set("الذي التي الذين اللذين اللتين والذي والتي والذين");

/** Backward content of an inline cue («… إلى الرقة كما يشاع») stops after these words. */
export const BACK_STOPS = set("مع بعد قبل عقب إثر وسط رغم حيث فيما بينما لأجل بهدف");

/** The passive agent: «ونفي من قبل النظام». */
export const AGENT_FIRST = normalizeArabic("من");
export const AGENT_SECOND = set("قبل جانب طرف");

export const RELAY_FROM = normalizeArabic("عن");
export const FUTURE_WORD = normalizeArabic("سوف");
export const ABOUT = normalizeArabic("في");
export const VIA = set("عبر");
export const OF_WORDS = set("من في لدى داخل ضمن باسم");
/** The words that make a source a member of a party («مصدر من الأبابيل», «مسؤول في الحكومة المؤقتة»). */
export const MEMBER_OF = set("من في لدى داخل ضمن");
export const OTHER_GROUP = set("وأخرى وأخريات وآخرون وآخرين وأخرى");

/**
 * People (and statements) that speak for the body named after them: «مدير المرصد» is the monitor, «المتحدث
 * باسم قسد» an armed group, «بيان التحالف» the coalition. A reporter stays an outlet («مراسل المرصد»), as an
 * unnamed source stays anonymous («مصدر في وزارة الدفاع»). Bare heads (no article).
 */
export const ROLES = set(
  "مدير مديرة رئيس رئيسة متحدث متحدثة ناطق مسؤول مسؤولة مسؤولون مسؤولين قائد قيادي عضو بيان",
);

/** «هذه المصادر», «تلك الصفحة» */
export const DEMONSTRATIVES = set("هذه هذا تلك ذلك هؤلاء");

/** Pronoun objects after an affiliation word («معارضة له»). */
export const PRONOUN_OBJECTS = set("له لها لهم لهما");

/** Prepositions and particles that never belong to a source's name. */
export const STOP_WORDS = set(
  "في من عن على إلى الى مع قد أن إن لا لم لن ما ثم أو و ف ل ب حتى منذ خلال عند بعد قبل بين حول نحو كما التي الذي هذا هذه ذلك تلك",
);

/** Definite: «الـ» or «لل» (ل + الـ); also after a conjunction. */
export function isDefinite(word: string): boolean {
  const w = word.length > 3 && (word[0] === "و" || word[0] === "ف") ? word.slice(1) : word;
  return (w.startsWith("ال") && w.length > 3) || (w.startsWith("لل") && w.length > 3);
}

const NISBA = /(?:ي|يه|يون|يين)$/;

/** Nisba adjective endings («عسكري», «محلية», «محليون», «سوريين»). */
export function isNisba(word: string): boolean {
  if (word.length < 4 || STOP_WORDS.has(word)) return false;
  return NISBA.test(word);
}

/** A clitic-free word without its article, for comparing heads («الصفحه» ~ «صفحه»). */
export function bareHead(word: string): string {
  const w = word;
  if (w.startsWith("لل") && w.length > 3) return w.slice(2);
  if (w.startsWith("ال") && w.length > 3) return w.slice(2);
  return w;
}
