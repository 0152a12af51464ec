/**
 * The columns of a Consolidated Screening List CSV, found by name in its header row, so that a
 * layout that reorders, renames ("Source List URL") or adds columns still reads.
 */
import { AppError } from '../../errors.js'

/** The fields Vigil reads from a CSL row, by their trade.gov API names. */
export const CSL_FIELDS = [
  '_id',
  'source',
  'entity_number',
  'type',
  'programs',
  'name',
  'title',
  'addresses',
  'federal_register_notice',
  'start_date',
  'end_date',
  'standard_order',
  'license_requirement',
  'license_policy',
  'call_sign',
  'vessel_type',
  'gross_tonnage',
  'gross_registered_tonnage',
  'vessel_flag',
  'vessel_owner',
  'remarks',
  'source_list_url',
  'alt_names',
  'citizenships',
  'dates_of_birth',
  'nationalities',
  'places_of_birth',
  'source_information_url',
  'ids',
] as const

export type CslField = (typeof CSL_FIELDS)[number]
export type CslRow = Record<CslField, string>

// Without these a row cannot become an entity; every other column may be missing from a layout.
const REQUIRED: CslField[] = ['source', 'name']

// Names other exports of the list use for the same column.
const ALIASES: Record<string, CslField> = { id: '_id', alt_name: 'alt_names', list: 'source' }

export interface CslHeader {
  /** Column index of each field the header names. */
  index: Partial<Record<CslField, number>>
  width: number
  /** The header as written, to recognise a repeated header row. */
  raw: string
}

/** "Source List URL" → "source_list_url". */
function normalize(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9_]+/g, '_')
    .replace(/_+$/, '')
}

/** Read the header row; a file without the required columns is not a CSL export. */
export function readHeader(fields: string[], file: string, line: number): CslHeader {
  const index: CslHeader['index'] = {}
  fields.forEach((name, i) => {
    const key = normalize(name)
    const field = (CSL_FIELDS as readonly string[]).includes(key) ? (key as CslField) : ALIASES[key]
    if (field && index[field] === undefined) index[field] = i
  })
  const missing = REQUIRED.filter((field) => index[field] === undefined)
  if (missing.length) {
    throw new AppError('bad_file', `Not a Consolidated Screening List CSV: the header has no ${missing.join(', ')} column.`, { file, line })
  }
  return { index, width: fields.length, raw: fields.join('\u0000') }
}

/** True for a row that repeats the header (the 2023 export writes it twice). */
export function isHeaderRow(fields: string[], header: CslHeader): boolean {
  return fields.join('\u0000') === header.raw
}

/** The row as named fields; columns the layout lacks read as empty. */
export function toRow(fields: string[], header: CslHeader): CslRow {
  const row = {} as CslRow
  for (const field of CSL_FIELDS) {
    const i = header.index[field]
    row[field] = i === undefined ? '' : (fields[i] ?? '').trim()
  }
  return row
}

/** "a; b;  c" → ["a", "b", "c"]; the lists also write "…; and X" before the last item. */
export function splitList(cell: string): string[] {
  return cell
    .split(';')
    .map((part) => part.trim().replace(/^and\s+/i, ''))
    .filter(Boolean)
}
