/**
 * One batch row (or the flags of `vigil match`) as a screening query: the mapped cells become
 * properties, and the schema comes from the row, the caller's default, or what the row holds.
 */
import { AppError } from '../../errors.js'
import { getSchema, hasProperty } from '../../model/ftm.js'
import type { QueryInput } from '../query.js'
import { schemaOfWord, type ColumnMap } from './column-map.js'

// Only people have these; a row that gives one and no type is a person.
const PERSON_ONLY = ['birthDate', 'birthPlace', 'nationality', 'passportNumber', 'firstName', 'middleName', 'lastName', 'gender']

export interface FieldValues {
  /** Property → values; blanks are dropped. */
  properties: Record<string, string[]>
  /** The row's own schema (a type column), if any. */
  schema?: string
}

/** The mapped cells of one row as property values. */
export function fieldValuesOf(cells: Record<string, unknown>, map: ColumnMap): FieldValues {
  const properties: Record<string, string[]> = {}
  let schema: string | undefined
  for (const [field, header] of map) {
    const value = cellText(cells[header])
    if (value === '') continue
    if (field === 'schema') schema = schemaOfWord(value)
    else (properties[field] ??= []).push(value)
  }
  return { properties, schema }
}

/**
 * The query of one row. Without a schema of its own or a default, a row is a Person when it gives
 * a person's property (birth date, nationality…), and a LegalEntity otherwise. Properties the
 * schema lacks (a birth date on a company row) are left out with a warning.
 */
export function queryOf(values: FieldValues, defaultSchema: string | undefined, warnings: string[] = []): QueryInput {
  const schemaName = values.schema ?? defaultSchema ?? inferSchema(values.properties)
  const schema = getSchema(schemaName)
  const properties: Record<string, string[]> = {}
  for (const [prop, list] of Object.entries(values.properties)) {
    if (hasProperty(schema, prop)) properties[prop] = list
    else warnings.push(`${schema.name} has no property '${prop}'; left out.`)
  }
  if (Object.keys(properties).length === 0) throw new AppError('bad_input', 'The row has no name or other value to screen.')
  return { schema: schema.name, properties }
}

function inferSchema(properties: Record<string, string[]>): string {
  return PERSON_ONLY.some((p) => properties[p] !== undefined) ? 'Person' : 'LegalEntity'
}

/** A cell as text: strings trimmed, dates as ISO days, numbers as written, anything else as JSON. */
export function cellText(value: unknown): string {
  if (value === undefined || value === null) return ''
  if (typeof value === 'string') return value.trim()
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10)
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  return JSON.stringify(value)
}
