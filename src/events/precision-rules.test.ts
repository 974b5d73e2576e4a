import { describe, expect, it } from "vitest";
import { eventOf, eventsOf } from "./test-helpers.js";

// Sentences written for these tests (real places, invented incidents): generic and political mentions that the
// grown dev set showed coded as events (filters.ts, classify.ts), each beside a sentence the rule must leave be.

const subTypes = (text: string) => eventsOf(text).map((e) => e.sub_event_type);

describe("mentions that are no event of their own", () => {
  it("the dead of a crash or an accident are no killing", () => {
    expect(subTypes("لقي خمسة جنود مصرعهم في تحطم مروحية عسكرية قرب مدينة الموصل.")).toEqual([]);
    expect(subTypes("قتل خمسة جنود في هجوم على حاجز قرب مدينة الموصل.")).toContain("Armed clash");
  });

  it("the dead of a downed aircraft belong to the downing, coded once", () => {
    expect(subTypes("أسقطت الفصائل طائرة حربية فوق ريف إدلب ومقتل طيارها.")).toEqual([
      "Disrupted weapons use",
    ]);
  });

  it("leaving a government or a process is no transfer of territory", () => {
    expect(subTypes("أعلن الحزب الانسحاب من الحكومة بعد خلاف على قانون الانتخابات.")).toEqual([]);
    expect(subTypes("انسحبت هيئة تحرير الشام من بلدة خان شيخون.")).toEqual([
      "Non-violent transfer of territory",
    ]);
  });

  it("«احتجاجا على» gives a reason, unless a verb stages the protest", () => {
    expect(subTypes("انشق عشرون عنصرا عن فيلق الرحمن احتجاجا على اعتقال قائدهم.")).not.toContain(
      "Peaceful protest",
    );
    eventOf("نظم الأهالي احتجاجا على انقطاع الكهرباء في مدينة السويداء.", "Peaceful protest");
  });

  it("fighting named as what people fled is not told again", () => {
    expect(subTypes("ونزحت مئات العائلات من قرى ريف حماة الشمالي بسبب المعارك العنيفة.")).toEqual([]);
    expect(subTypes("فر مئات المدنيين من بلدة الهول هربا من الاشتباكات بين قسد وتنظيم الدولة.")).toEqual([]);
    eventOf("دارت معارك عنيفة بين الفصائل وقوات النظام في ريف حماة الشمالي.", "Armed clash");
  });

  it("a present verb joined to a relative clause describes who someone is", () => {
    const text = "وتدعم أنقرة فصائل الجيش الوطني التي يقودها ضباط منشقون وتقاتل الوحدات الكردية في ريف حلب.";
    expect(subTypes(text)).toEqual([]);
  });

  it("attacks counted vaguely with no weapon are not coded; with a weapon they are", () => {
    expect(subTypes("وتعرض حاجز الجيش في بلدة خناصر لعدة هجمات من قبل الفصائل خلال الشهر الماضي.")).toEqual(
      [],
    );
    eventOf(
      "وتعرض حاجز الجيش في بلدة خناصر لعدة هجمات بقذائف الهاون من قبل الفصائل.",
      "Shelling/artillery/missile attack",
    );
  });

  it("an attack only tried is no event unless someone was hurt in it", () => {
    expect(subTypes("وحاول عناصر التنظيم مهاجمة بلدة الميادين ليلة أمس.")).toEqual([]);
    expect(subTypes("قتل ثلاثة عناصر أثناء محاولتهم اقتحام حاجز للجيش قرب درعا.")).toContain("Armed clash");
  });
});

describe("named doctrines and the doer of a strike", () => {
  it("a battle word opening a quoted name is no clash", () => {
    const text = 'وتندرج الغارة ضمن ما تسميه تل أبيب " معركة بين الحروب " ضد الوجود الإيراني.';
    expect(subTypes(text)).not.toContain("Armed clash");
    eventOf("دارت معركة بين الفصائل وقوات النظام قرب بلدة اللطامنة.", "Armed clash");
  });

  it("«قصف … للتحالف» is struck from the air; a ground weapon still makes it a shelling", () => {
    eventOf("وتتقدم القوات وسط قصف عنيف للتحالف الدولي على أحياء مدينة الموصل.", "Air/drone strike");
    eventOf("قصفت قوات النظام بالمدفعية بلدة التمانعة.", "Shelling/artillery/missile attack");
  });
});

describe("protests that turned into clashes", () => {
  it("are one violent demonstration, not a peaceful protest and an armed clash", () => {
    const text = "خرجت احتجاجات في بلدات عدة شهدت اشتباكات مع قوات الشرطة في محافظة البصرة.";
    expect(subTypes(text)).toEqual(["Violent demonstration"]);
    eventOf("خرجت مظاهرة في مدينة كفرنبل تطالب بإسقاط النظام.", "Peaceful protest");
  });
});
