/**
 * CSV formula injection: a spreadsheet runs a cell that starts with = + - @ (or a tab or carriage
 * return before one) as a formula, so a hostile name in a list could run code on an analyst's
 * machine. Such cells are written with a leading apostrophe, which spreadsheets show as text.
 */

const FORMULA_START = /^[=+\-@\t\r]/

export function neutralizeCell(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text
}
