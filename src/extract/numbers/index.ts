export { COUNTED_NOUNS, type CountLabel } from "./counted-nouns.js";
export { findNumbers, type NumberHit, type NumberOptions } from "./extract-numbers.js";
export { numbersStage } from "./numbers-stage.js";
export { parseDigits } from "./parse-digits.js";
