/**
 * Surface forms of an attribution verb from its dictionary forms, on normalised letters (ة is ه, ى is ي).
 * News Arabic is unvocalised, so the third-person forms plus attached object pronouns cover what reporters
 * write: «قالت», «قالوا», «تقول», «يقولون», «تداولته», «مؤكداً», «مؤكدة», «قولها». Conjunctions (و ف) are
 * not generated: the matcher strips them.
 */

const OBJECT_PRONOUNS = ["ه", "ها", "هم", "هما"];
const YEH = "ي";

/** A stem ending in ي after normalisation is a defective verb (نفى → نفت, نفوا). */
function isDefective(stem: string): boolean {
  return stem.length >= 3 && stem.endsWith(YEH);
}

/** Forms with an attached object pronoun («تداولته», «أعلنها»): the object is given, so no content follows. */
export function withObjectPronouns(forms: readonly string[]): string[] {
  return forms.flatMap((f) => OBJECT_PRONOUNS.map((p) => f + p));
}

/** Past tense, third person: masc., fem., masc. plural, duals. */
export function pastForms(past: string): string[] {
  const stem = isDefective(past) ? past.slice(0, -1) : past;
  return [past, `${stem}ت`, `${stem}وا`, `${past}ا`, `${stem}تا`];
}

/** Past forms that take an object pronoun: masc., fem. («نقله», «تداولته»). */
export function pastObjectForms(past: string): string[] {
  // A defective verb's final alef is written long before a pronoun: نفى → نفاه.
  const defective = isDefective(past);
  const stem = defective ? past.slice(0, -1) : past;
  return [...withObjectPronouns([defective ? `${stem}ا` : past, `${stem}ت`]), `${stem}وه`];
}

/** Imperfect, third person (and the fem./2nd-person ت- form): «يقول», «تقول», «يقولون», «يقولوا». */
export function presentForms(present: string): string[] {
  if (!present.startsWith(YEH) || present.length < 3) return [present];
  const stem = present.slice(1);
  const plural = isDefective(present) ? stem.slice(0, -1) : stem;
  return [present, `ت${stem}`, `ي${plural}ون`, `ي${plural}وا`, `ي${stem}ان`, `ت${stem}ان`];
}

/** Imperfect forms that take an object pronoun («ينقله», «تتداوله»). */
export function presentObjectForms(present: string): string[] {
  if (!present.startsWith(YEH) || present.length < 3) return [];
  return withObjectPronouns([present, `ت${present.slice(1)}`]);
}

/** Active participle as a circumstantial or adjective: «مؤكد», «مؤكداً», «مؤكدة», «مؤكدين», «مؤكدون». */
export function participleForms(participle: string): string[] {
  const forms = [participle, `${participle}ا`, `${participle}ه`, `${participle}ين`, `${participle}ون`];
  // A defective participle drops its ي before a plural ending: مدعي → مدعين, مدعون.
  if (!isDefective(participle)) return forms;
  const stem = participle.slice(0, -1);
  return [...forms, `${stem}ين`, `${stem}ون`];
}

/** A verbal noun alone and with a possessive pronoun; ة becomes ت before it («إفادته»). */
export function masdarForms(masdar: string): string[] {
  const stem = masdar.endsWith("ه") ? `${masdar.slice(0, -1)}ت` : masdar;
  // The accusative «نفياً», «تأكيداً» too: «نفى الجيش نفياً قاطعاً …».
  return [masdar, `${masdar}ا`, ...OBJECT_PRONOUNS.map((p) => stem + p)];
}
