/**
 * The nouns a number can count, by the label Marsad reports in `numbers[].counts`. Singular, plural,
 * construct (مسلحي) and dual forms; the article ال and the tanween alef are added on load, and every
 * form is normalised by PhraseTable. Longer phrases win (ضربات جوية over ضربات).
 */

export type CountLabel =
  | "fighters"
  | "soldiers"
  | "civilians"
  | "killed"
  | "wounded"
  | "people"
  | "buses"
  | "vehicles"
  | "air_strikes"
  | "rockets"
  | "shells"
  | "barrel_bombs"
  | "drones"
  | "families"
  | "children"
  | "women"
  | "men"
  | "detainees"
  | "displaced"
  | "refugees"
  | "houses";

export const COUNTED_NOUNS: Readonly<Record<CountLabel, readonly string[]>> = {
  fighters: [
    "عنصر",
    "عناصر",
    "مقاتل",
    "مقاتلين",
    "مقاتلون",
    "مقاتلي",
    "مسلح",
    "مسلحين",
    "مسلحون",
    "مسلحي",
    "عنصر مسلح",
    "عناصر مسلحة",
    "جهادي",
    "جهاديين",
    "إرهابي",
    "إرهابيين",
    "متطرف",
    "متطرفين",
    "مرتزق",
    "مرتزقة",
  ],
  soldiers: ["جندي", "جنود", "عسكري", "عسكريين", "عسكريون", "ضابط", "ضباط", "عنصر أمن", "عناصر أمن"],
  civilians: ["مدني", "مدنيين", "مدنيون", "مواطن", "مواطنين", "مواطنون"],
  killed: ["قتيل", "قتلى", "شهيد", "شهداء", "ضحية", "ضحايا", "قتيلا", "جثة", "جثث"],
  wounded: ["جريح", "جرحى", "مصاب", "مصابين", "مصابون", "إصابة", "إصابات"],
  people: ["شخص", "أشخاص", "فرد", "أفراد", "نسمة", "إنسان", "نفر"],
  buses: ["حافلة", "حافلات", "باص", "باصات", "أوتوبيس"],
  vehicles: ["سيارة", "سيارات", "آلية", "آليات", "مركبة", "مركبات", "شاحنة", "شاحنات", "دبابة", "دبابات"],
  air_strikes: [
    "غارة",
    "غارات",
    "غارة جوية",
    "غارات جوية",
    "ضربة",
    "ضربات",
    "ضربة جوية",
    "ضربات جوية",
    "طلعة جوية",
    "طلعات جوية",
  ],
  rockets: ["صاروخ", "صواريخ", "صاروخا"],
  shells: [
    "قذيفة",
    "قذائف",
    "قذيفة صاروخية",
    "قذائف صاروخية",
    "قذيفة هاون",
    "قذائف هاون",
    "قذائف مدفعية",
    "قذيفة مدفعية",
  ],
  barrel_bombs: ["برميل", "براميل", "برميل متفجر", "براميل متفجرة"],
  drones: ["طائرة مسيرة", "طائرات مسيرة", "مسيرة", "مسيرات"],
  families: ["عائلة", "عائلات", "عوائل", "أسرة", "أسر"],
  children: ["طفل", "أطفال", "طفلا", "قاصر", "قاصرين"],
  women: ["امرأة", "نساء", "سيدة", "سيدات"],
  men: ["رجل", "رجال", "شاب", "شبان"],
  detainees: [
    "معتقل",
    "معتقلين",
    "معتقلون",
    "أسير",
    "أسرى",
    "محتجز",
    "محتجزين",
    "مختطف",
    "مختطفين",
    "موقوف",
    "موقوفين",
  ],
  displaced: ["نازح", "نازحين", "نازحون", "مهجر", "مهجرين", "مهجرون"],
  refugees: ["لاجئ", "لاجئين", "لاجئون"],
  houses: ["منزل", "منازل", "بيت", "بيوت", "مبنى", "مبان", "مباني"],
};

/** A dual noun is a count of two on its own (قتيلين "two killed"). */
export const DUAL_NOUNS: Readonly<Partial<Record<CountLabel, readonly string[]>>> = {
  fighters: ["عنصرين", "عنصران", "مسلحين اثنين"],
  soldiers: ["جنديين", "جنديان", "ضابطين", "ضابطان"],
  killed: ["قتيلين", "قتيلان", "شهيدين", "شهيدان"],
  wounded: ["جريحين", "جريحان"],
  people: ["شخصين", "شخصان"],
  buses: ["حافلتين", "حافلتان"],
  vehicles: ["سيارتين", "سيارتان"],
  air_strikes: ["غارتين", "غارتان", "ضربتين", "ضربتان"],
  rockets: ["صاروخين", "صاروخان"],
  shells: ["قذيفتين", "قذيفتان"],
  children: ["طفلين", "طفلان"],
  women: ["امرأتين", "امرأتان", "سيدتين"],
};

export function countedNounEntries(table: Readonly<Partial<Record<CountLabel, readonly string[]>>>) {
  const out: Array<readonly [string, CountLabel]> = [];
  for (const [label, forms] of Object.entries(table) as Array<[CountLabel, readonly string[]]>) {
    for (const form of forms) out.push([form, label]);
  }
  return out;
}
