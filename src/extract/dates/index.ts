export { dayNumber, formatDay, fromHijri, parseAnchor, toHijri, weekdayOf } from "./calendar.js";
export { datesStage } from "./dates-stage.js";
export { type DateHit, type DateOptions, findDates } from "./extract-dates.js";
export { acledTimePrecision } from "./time-precision.js";
