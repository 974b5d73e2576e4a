/**
 * CSV as RFC 4180 writes it: fields separated by commas, records by CRLF, a field quoted when it holds a
 * comma, a quote, CR or LF, quotes doubled inside. A text field beginning with = + - @ (or a tab or CR) is
 * prefixed with an apostrophe, so a spreadsheet shows it as text instead of running it as a formula (the
 * OWASP advice on CSV injection); numbers are written as numbers and never prefixed.
 */

export type CsvCell = string | number | null;

const NEEDS_QUOTES = /[",\r\n]/;
const FORMULA_START = /^[=+\-@\t\r]/;

/** A text cell made safe for spreadsheets. */
export function defuse(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

export function csvField(cell: CsvCell): string {
  if (cell === null) return "";
  const text = typeof cell === "number" ? (Number.isFinite(cell) ? String(cell) : "") : defuse(cell);
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvRecord(cells: readonly CsvCell[]): string {
  return `${cells.map(csvField).join(",")}\r\n`;
}
