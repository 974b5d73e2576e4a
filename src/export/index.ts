export { ACLED_COLUMNS, acledRow, CSV_COLUMNS, interaction, PROVENANCE_COLUMNS } from "./acled-csv.js";
export { type CsvCell, csvField, csvRecord, defuse } from "./csv.js";
export { type EventRecord, eventRecord, type MentionRef, type PlaceRecord } from "./event-record.js";
export { type EventFeature, eventFeature } from "./geojson.js";
export { type StoryRecord, storyRecord } from "./story-record.js";
export { eventRecords, OUTPUT_FILES, type OutputSummary, writeOutputs } from "./write-outputs.js";
