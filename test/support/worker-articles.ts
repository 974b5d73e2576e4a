import type { Article } from "../../src/core/article.js";

/**
 * Synthetic conflict reports for the worker tests and benchmark: each event (a place, a day, a kind of
 * attack, a toll) is reported by several outlets in different words, so linking has real merges to make.
 * The sentences are written for these tests; places and numbers vary with the event.
 */

const PLACES = [
  ["سراقب", "إدلب"],
  ["معرة النعمان", "إدلب"],
  ["جسر الشغور", "إدلب"],
  ["دوما", "دمشق"],
  ["تلبيسة", "حمص"],
  ["الرستن", "حمص"],
  ["نوى", "درعا"],
  ["بصرى الشام", "درعا"],
  ["منبج", "حلب"],
  ["تل رفعت", "حلب"],
  ["الميادين", "دير الزور"],
  ["الطبقة", "الرقة"],
] as const;

const OUTLETS = ["عنب بلدي", "سمارت", "الجزيرة نت", "المرصد", "زمان الوصل"];

const NUMBER_WORDS = ["ثلاثة", "أربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تسعة", "عشرة"];

type Report = (town: string, region: string, dead: number, day: string) => string;

const REPORTS: readonly Report[] = [
  (town, region, dead) =>
    `قصفت طائرات حربية مدينة ${town} في ريف ${region} صباح اليوم، ما أسفر عن مقتل ${dead} مدنيين وإصابة آخرين.`,
  (town, region, dead) =>
    `قتل ${dead} مدنيين جراء غارات جوية استهدفت الأحياء السكنية في ${town} بريف ${region}، بحسب الدفاع المدني.`,
  (town, _region, dead) =>
    `أفاد ناشطون بمقتل ${NUMBER_WORDS[dead % NUMBER_WORDS.length]} أشخاص في قصف جوي على ${town}، وقال مسعفون إن بين الضحايا أطفالا.`,
  (town, region, dead, day) =>
    `في ${day}، شنت الطائرات غارة على سوق ${town} شمال ${region}، وقتل ${dead} مدنيين بحسب مصادر محلية.`,
  (town, region) =>
    `اندلعت اشتباكات عنيفة بين فصائل المعارضة وقوات النظام على أطراف ${town} في ريف ${region} دون معلومات عن ضحايا.`,
];

/** `count` articles, about four reports per event, in a fixed order (the same input every run). */
export function workerArticles(count: number): Article[] {
  const articles: Article[] = [];
  for (let i = 0; i < count; i++) {
    const event = Math.floor(i / 4);
    const [town, region] = PLACES[event % PLACES.length]!;
    const date = new Date(Date.UTC(2019, 2, 1 + Math.floor(event / PLACES.length)));
    const day = date.toISOString().slice(0, 10);
    const dead = 3 + ((event * 7) % 9);
    const report = REPORTS[(i + event) % REPORTS.length]!;
    articles.push({
      id: `w${String(i).padStart(5, "0")}`,
      text: `${report(town, region, dead, day)} وذكر المراسل أن الحادثة رقم ${i} وقعت قرابة الساعة ${8 + (i % 10)}.`,
      source: OUTLETS[i % OUTLETS.length]!,
      url: null,
      published_at: day,
      title: null,
    });
  }
  return articles;
}
