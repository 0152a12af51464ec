/** Field conventions of the BIS Denied Persons List (dpl.txt): its columns, US dates, "a/k/a" names. */
import { AppError } from '../../errors.js'

export const DPL_COLUMNS = [
  'Name',
  'Street_Address',
  'City',
  'State',
  'Country',
  'Postal_Code',
  'Effective_Date',
  'Expiration_Date',
  'Standard_Order',
  'Last_Update',
  'Action',
  'FR_Citation',
] as const

export type DplRow = Record<(typeof DPL_COLUMNS)[number], string>

/** Check the header row: the columns are read by position, so they must be the ones expected. */
export function checkHeader(fields: string[], file: string, line: number) {
  const found = fields.map((f) => f.trim())
  if (found.join('\t') !== DPL_COLUMNS.join('\t')) {
    throw new AppError('bad_file', `Not a Denied Persons List file: expected the columns ${DPL_COLUMNS.join(', ')}; found ${found.join(', ')}.`, { file, line })
  }
}

export function toRow(fields: string[]): DplRow {
  const row = {} as DplRow
  DPL_COLUMNS.forEach((column, i) => {
    row[column] = (fields[i] ?? '').trim()
  })
  return row
}

/**
 * "06/19/2003" is month first, as the US writes dates; it becomes "2003-06-19". Anything else is
 * returned as written, for the entity's date cleaning to read or warn about.
 */
export function usDate(text: string): string {
  const m = text.trim().match(/^(\d{1,2})\/(\d{1,2})\/(\d{4})$/)
  if (!m || +m[1]! > 12 || +m[2]! > 31) return text
  return `${m[3]}-${m[1]!.padStart(2, '0')}-${m[2]!.padStart(2, '0')}`
}

/** "FUYI SUN A/K/A FRANK SUN" → name and aliases; "SIBERIAN AIRLINES D/B/A S7 AIRLINES" likewise. */
export function splitAliases(raw: string): { name: string; aliases: string[] } {
  const [name = '', ...aliases] = raw.split(/\s+[AD]\/[KB]\/A\s+/i).map((part) => part.trim().replace(/,+$/, '').trim())
  return { name, aliases }
}

/** The address as one line: street, city, state, postal code, country. */
export function fullAddress(row: DplRow): string {
  return [row.Street_Address, row.City, row.State, row.Postal_Code, row.Country].filter(Boolean).join(', ')
}
