/**
 * The columns of HM Treasury's consolidated list CSV (ConList.csv, formerly sanctionsconlist.csv),
 * found by name in the header line, so a file that adds columns still reads and one that lacks a
 * needed column is refused with its line.
 */
import { AppError } from '../../errors.js'

/** Columns every HMT consolidated list has had. */
export const REQUIRED_COLUMNS = [
  'Name 6',
  'Name 1',
  'Name 2',
  'Name 3',
  'Name 4',
  'Name 5',
  'Title',
  'DOB',
  'Town of Birth',
  'Country of Birth',
  'Nationality',
  'Passport Details',
  'Position',
  'Address 1',
  'Address 2',
  'Address 3',
  'Address 4',
  'Address 5',
  'Address 6',
  'Post/Zip Code',
  'Country',
  'Other Information',
  'Group Type',
  'Alias Type',
  'Regime',
  'Listed On',
  'Last Updated',
  'Group ID',
] as const

/** Columns read when present: later editions split identity numbers out and add original-script names. */
export const OPTIONAL_COLUMNS = [
  'NI Number',
  'Passport Number',
  'National Identification Number',
  'National Identification Details',
  'Name Non-Latin Script',
  'Non-Latin Script Language',
  'Alias Quality',
  'UK Sanctions List Ref',
  'Date Designated',
] as const

export type Column = (typeof REQUIRED_COLUMNS)[number] | (typeof OPTIONAL_COLUMNS)[number]

/** One data row by column name; a column the file lacks reads as ''. */
export type HmtRow = (column: Column) => string

/** Column name → position, from the header line; fails naming the missing columns. */
export function readHeader(fields: string[], where: { file: string; line: number }): Map<string, number> {
  const index = new Map(fields.map((name, i) => [name.trim(), i]))
  const missing = REQUIRED_COLUMNS.filter((name) => !index.has(name))
  if (missing.length) {
    throw new AppError(
      'bad_file',
      `This is not an HM Treasury consolidated list CSV: the header lacks ${missing.map((m) => `'${m}'`).join(', ')}. Check the file, or pick the importer for its format.`,
      where,
    )
  }
  return index
}

/** Read a row's fields by column name. */
export function rowReader(fields: string[], index: Map<string, number>): HmtRow {
  return (column) => {
    const at = index.get(column)
    return at === undefined ? '' : (fields[at] ?? '').trim()
  }
}
