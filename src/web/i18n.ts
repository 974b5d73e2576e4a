/**
 * Interface labels in Arabic (the default) and English. Only the interface changes language: article text,
 * names and quotes are shown as the sources wrote them.
 */

export type Lang = "ar" | "en";

const LABELS = {
  app_name: ["مرصد", "Marsad"],
  tagline: ["سجل أحداث موثق من الأخبار العربية", "A verified event log from Arabic news"],
  nav_map: ["الخريطة", "Map"],
  nav_timeline: ["الخط الزمني", "Timeline"],
  nav_events: ["الأحداث", "Events"],
  nav_stories: ["القصص", "Stories"],
  nav_check: ["تحقق من ادعاء", "Check a claim"],
  switch_lang: ["English", "العربية"],
  from: ["من تاريخ", "From"],
  to: ["إلى تاريخ", "To"],
  type: ["نوع الحدث", "Event type"],
  sub_type: ["النوع الفرعي", "Sub-type"],
  place: ["المكان", "Place"],
  place_hint: ["محافظة أو منطقة", "Governorate or district"],
  actor: ["الفاعل", "Actor"],
  corroboration: ["التوثيق", "Corroboration"],
  source: ["المصدر", "Source"],
  any: ["الكل", "Any"],
  apply: ["تطبيق", "Apply"],
  reset: ["مسح", "Reset"],
  date: ["التاريخ", "Date"],
  actors: ["الفاعلون", "Actors"],
  actor1: ["الفاعل الأول", "Actor 1"],
  actor2: ["الفاعل الثاني", "Actor 2"],
  fatalities: ["القتلى", "Fatalities"],
  status: ["الحالة", "Status"],
  sources: ["المصادر المستقلة", "Independent sources"],
  stories: ["القصص", "Stories"],
  story: ["القصة", "Story"],
  reports: ["التقارير", "Reports"],
  contradictions: ["التناقضات", "Contradictions"],
  no_contradictions: ["لا تتعارض المصادر في هذا الحدث.", "The sources do not contradict each other."],
  certainty: ["درجة اليقين", "Certainty"],
  own_voice: ["بصوت المصدر نفسه", "in the outlet's own voice"],
  via: ["عبر", "via"],
  document: ["الوثيقة", "Document"],
  documents: ["الوثائق", "Documents"],
  events: ["الأحداث", "Events"],
  showing: ["عرض", "Showing"],
  of: ["من", "of"],
  previous: ["السابق", "Previous"],
  next: ["التالي", "Next"],
  no_events: ["لا أحداث تطابق هذه المرشحات.", "No events match these filters."],
  loading: ["جارٍ التحميل…", "Loading…"],
  error: ["خطأ", "Error"],
  undated: ["بلا تاريخ", "undated"],
  per_day: ["الأحداث في اليوم", "Events per day"],
  legend: ["دليل الألوان", "Legend"],
  open_event: ["فتح الحدث", "Open event"],
  claim: ["الادعاء", "Claim"],
  claim_hint: ["اكتب ادعاءً للتحقق منه في الأخبار المخزنة", "Write a claim to check against the stored news"],
  check: ["تحقق", "Check"],
  verdict: ["الحكم", "Verdict"],
  evidence: ["الأدلة", "Evidence"],
  stance: ["الموقف", "Stance"],
  no_evidence: ["لم يُعثر على أخبار ذات صلة.", "No related news found."],
  token_needed: ["يتطلب هذا الخادم رمز دخول.", "This server needs an access token."],
  token: ["رمز الدخول", "Access token"],
  save: ["حفظ", "Save"],
  published: ["نُشر", "Published"],
  text: ["النص", "Text"],
  kind_trigger: ["الحدث", "event"],
  kind_actor: ["فاعل", "actor"],
  kind_place: ["مكان", "place"],
  kind_date: ["تاريخ", "date"],
  kind_number: ["عدد", "number"],
  kind_cue: ["فعل الإسناد", "attribution"],
  kind_source: ["المصدر", "source"],
  attribution: ["الحدود الإدارية: مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية (OCHA)", "Boundaries: UN OCHA"],
  field_fatalities: ["عدد القتلى", "fatalities"],
  field_count: ["العدد", "count"],
  field_date: ["التاريخ", "date"],
  field_place: ["المكان", "place"],
  field_destination: ["الوجهة", "destination"],
  field_actor: ["الفاعل", "actor"],
  field_status: ["الحالة", "status"],
  corr_confirmed: ["مؤكد", "confirmed"],
  "corr_single-source": ["مصدر واحد", "single source"],
  corr_contested: ["متنازع عليه", "contested"],
  corr_denied: ["منفي", "denied"],
  cert_confirmed: ["مؤكد", "confirmed"],
  cert_reported: ["منقول", "reported"],
  cert_rumoured: ["إشاعة", "rumoured"],
  cert_expected: ["متوقع", "expected"],
  cert_denied: ["منفي", "denied"],
  status_happened: ["وقع", "happened"],
  status_ongoing: ["مستمر", "ongoing"],
  status_expected: ["متوقع", "expected"],
  status_rumoured: ["إشاعة", "rumoured"],
  status_denied: ["منفي", "denied"],
  verdict_supported: ["مدعوم", "supported"],
  verdict_refuted: ["مدحوض", "refuted"],
  verdict_disputed: ["متنازع عليه", "disputed"],
  verdict_unverified: ["غير محسوم: هذه أخبار ذات صلة", "Unsettled: related news below"],
  type_Battles: ["معارك", "Battles"],
  "type_Explosions/Remote violence": ["انفجارات وعنف عن بعد", "Explosions/Remote violence"],
  "type_Violence against civilians": ["عنف ضد المدنيين", "Violence against civilians"],
  type_Protests: ["احتجاجات", "Protests"],
  type_Riots: ["أعمال شغب", "Riots"],
  "type_Strategic developments": ["تطورات استراتيجية", "Strategic developments"],
} as const satisfies Record<string, readonly [string, string]>;

export type LabelKey = keyof typeof LABELS;

const STORAGE_KEY = "marsad.lang";
let current: Lang = readStored();

function readStored(): Lang {
  try {
    return localStorage.getItem(STORAGE_KEY) === "en" ? "en" : "ar";
  } catch {
    return "ar";
  }
}

export function lang(): Lang {
  return current;
}

/** Switches the interface language and the page direction; the caller re-renders. */
export function setLang(next: Lang): void {
  current = next;
  try {
    localStorage.setItem(STORAGE_KEY, next);
  } catch {
    // private mode: the choice lasts for this page only
  }
  applyLang();
}

export function applyLang(): void {
  document.documentElement.lang = current;
  document.documentElement.dir = current === "ar" ? "rtl" : "ltr";
  document.title = t("app_name");
}

export function t(key: LabelKey): string {
  return LABELS[key][current === "ar" ? 0 : 1];
}

/** A label for a vocabulary value (`corr_contested`, `type_Battles` …); the value itself when unknown. */
export function label(prefix: string, value: string): string {
  const key = `${prefix}_${value}`;
  return key in LABELS ? t(key as LabelKey) : value;
}
