import { arabic, h } from "./dom.js";
import { label, lang, t } from "./i18n.js";

/** ACLED's event types with the colour each is drawn in (map points, timeline bars, list dots). */
export const EVENT_TYPES: readonly (readonly [string, string])[] = [
  ["Battles", "#c62828"],
  ["Explosions/Remote violence", "#ef6c00"],
  ["Violence against civilians", "#6a1b9a"],
  ["Protests", "#2e7d32"],
  ["Riots", "#6d4c41"],
  ["Strategic developments", "#1565c0"],
];

export const CORROBORATIONS = ["confirmed", "single-source", "contested", "denied"] as const;

export function typeColor(type: string): string {
  return EVENT_TYPES.find(([name]) => name === type)?.[1] ?? "#555";
}

/** A class name safe for CSS from a type name («Explosions/Remote violence» → "t-explosions-remote-violence"). */
export function typeClass(type: string): string {
  return `t-${type
    .toLowerCase()
    .replace(/[^a-z]+/g, "-")
    .replace(/-$/, "")}`;
}

export function typeBadge(type: string): HTMLElement {
  return h("span", { class: `type ${typeClass(type)}` }, h("span", { class: "dot" }), label("type", type));
}

export function corroborationBadge(value: string): HTMLElement {
  return h("span", { class: `badge corr-${value}` }, label("corr", value));
}

export function certaintyBadge(value: string | null): HTMLElement {
  return h("span", { class: `badge cert-${value ?? "none"}` }, value ? label("cert", value) : t("own_voice"));
}

/**
 * A place as a person reads it: the words of the text (Arabic), then its governorate in the interface's
 * language (`areas` maps English governorate names to Arabic ones).
 */
export function placeLabel(
  place: { text: string; admin1?: string | null } | null,
  areas: ReadonlyMap<string, string>,
): HTMLElement {
  if (!place) return h("span", {}, "—");
  const admin1 = place.admin1 && place.admin1 !== place.text ? place.admin1 : null;
  const area = admin1 && lang() === "ar" ? (areas.get(admin1) ?? admin1) : admin1;
  return h(
    "span",
    { class: "place" },
    arabic(place.text),
    area ? h("span", { class: "muted" }, ` · ${area}`) : null,
  );
}

/** ACLED's sub-event types in Arabic; in English the UI shows ACLED's own spelling. */
const SUB_TYPES_AR: Readonly<Record<string, string>> = {
  "Armed clash": "اشتباك مسلح",
  "Government regains territory": "استعادة الحكومة لأراضٍ",
  "Non-state actor overtakes territory": "سيطرة جهة غير حكومية على أراضٍ",
  "Chemical weapon": "سلاح كيميائي",
  "Air/drone strike": "غارة جوية أو بطائرة مسيّرة",
  "Suicide bomb": "تفجير انتحاري",
  "Shelling/artillery/missile attack": "قصف مدفعي أو صاروخي",
  "Remote explosive/landmine/IED": "عبوة ناسفة أو لغم",
  Grenade: "قنبلة يدوية",
  "Sexual violence": "عنف جنسي",
  Attack: "اعتداء",
  "Abduction/forced disappearance": "اختطاف أو إخفاء قسري",
  "Peaceful protest": "احتجاج سلمي",
  "Protest with intervention": "احتجاج مع تدخل",
  "Excessive force against protesters": "قوة مفرطة ضد المحتجين",
  "Violent demonstration": "مظاهرة عنيفة",
  "Mob violence": "عنف جماعي",
  Agreement: "اتفاق",
  Arrests: "اعتقالات",
  "Change to group/activity": "تغيير في جماعة أو نشاطها",
  "Disrupted weapons use": "إحباط استخدام سلاح",
  "Headquarters or base established": "إنشاء مقر أو قاعدة",
  "Looting/property destruction": "نهب أو تدمير ممتلكات",
  "Non-violent transfer of territory": "انتقال غير عنيف للسيطرة",
  Other: "أخرى",
};

export function subTypeLabel(subType: string): string {
  return lang() === "ar" ? (SUB_TYPES_AR[subType] ?? subType) : subType;
}
