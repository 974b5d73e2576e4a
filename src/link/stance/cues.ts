import { type LineWords, lineWords } from "./text.js";

/**
 * Words and phrases that tell how an article holds a claim. They are written as ordinary Arabic and run
 * through the same word analysis as the article (lineWords), so «ونفت» in a text meets the cue «نفت».
 */
export type CueKind = "denial" | "hedge" | "confirm" | "negation" | "report";

const CUE_TEXT: Record<CueKind, readonly string[]> = {
  // Denying or debunking what was reported («denied», «no truth in», «rumour», «fabricated», «baseless»).
  denial: [
    "نفى",
    "نفت",
    "ينفي",
    "تنفي",
    "نفوا",
    "نفي",
    "كذب",
    "كذبت",
    "يكذب",
    "تكذيب",
    "لا صحة",
    "غير صحيح",
    "غير صحيحة",
    "شائعة",
    "شائعات",
    "إشاعة",
    "إشاعات",
    "مزاعم",
    "زعم",
    "مزعوم",
    "ادعاء",
    "ادعاءات",
    "فبركة",
    "مفبرك",
    "مفبركة",
    "ملفق",
    "ملفقة",
    "تلفيق",
    "عار عن الصحة",
    "عارية عن الصحة",
    "لا أساس",
    "كاذب",
    "كاذبة",
    "مضلل",
    "مضللة",
    "دحض",
    "فند",
    "فندت",
    "تفنيد",
    "غير دقيق",
    "غير دقيقة",
  ],
  // Reporting without vouching («may», «reports», «sources», «could not be confirmed», «circulated»).
  hedge: [
    "قد",
    "ربما",
    "يحتمل",
    "احتمال",
    "محتمل",
    "مصادر",
    "أنباء",
    "تقارير",
    "أفادت",
    "يعتقد",
    "يرجح",
    "مرجح",
    "يشتبه",
    "لم يتسن",
    "لم يتم التأكد",
    "غير مؤكد",
    "غير مؤكدة",
    "لم تؤكد",
    "لم يؤكد",
    "تداول",
    "متداول",
    "ناشطون",
    "وسائل التواصل",
    "هل",
    "بحسب",
    "وفق",
    "نقلا",
    "يزعم",
    "تزعم",
  ],
  // Stating it as established («confirmed», «announced», «admitted», «officially», «indeed»).
  confirm: [
    "أكد",
    "أكدت",
    "يؤكد",
    "تؤكد",
    "تأكيد",
    "أعلن",
    "أعلنت",
    "يعلن",
    "تعلن",
    "اعترف",
    "اعترفت",
    "رسميا",
    "بالفعل",
    "تبنى",
    "تبنت",
  ],
  // Attributing a statement to a named speaker («said», «announced», «reported»): how wire claims are phrased.
  report: ["قال", "قالت", "يقول", "تقول", "ذكر", "ذكرت", "نقلت", "نقل", "أفاد", "صرح", "أوضح", "أضاف"],
  negation: ["لم", "لن", "لا", "ليس", "ليست", "غير"],
};

interface Cue {
  readonly kind: CueKind;
  readonly words: readonly string[];
}

let byFirstWord: Map<string, Cue[]> | undefined;

/** The cue phrases as word sequences keyed by their first word, analysed once per process. */
function cueIndex(): Map<string, Cue[]> {
  if (byFirstWord) return byFirstWord;
  const index = new Map<string, Cue[]>();
  for (const [kind, phrases] of Object.entries(CUE_TEXT) as [CueKind, readonly string[]][]) {
    for (const phrase of phrases) {
      const words = lineWords(phrase).stems;
      const first = words[0];
      if (first === undefined) continue;
      const list = index.get(first) ?? [];
      list.push({ kind, words });
      index.set(first, list);
    }
  }
  byFirstWord = index;
  return index;
}

function matchesAt(words: readonly string[], at: number, phrase: readonly string[]): boolean {
  for (let j = 1; j < phrase.length; j++) if (words[at + j] !== phrase[j]) return false;
  return true;
}

export type CueCounts = Record<CueKind, number>;

/** How many cues of each kind occur in a line (a word position counts once per kind). */
export function cueCounts(line: LineWords): CueCounts {
  const counts: CueCounts = { denial: 0, hedge: 0, confirm: 0, negation: 0, report: 0 };
  const index = cueIndex();
  const words = line.stems;
  for (let i = 0; i < words.length; i++) {
    const candidates = index.get(words[i]!);
    if (!candidates) continue;
    const seen = new Set<CueKind>();
    for (const cue of candidates) {
      if (!seen.has(cue.kind) && matchesAt(words, i, cue.words)) {
        seen.add(cue.kind);
        counts[cue.kind]++;
      }
    }
  }
  return counts;
}
