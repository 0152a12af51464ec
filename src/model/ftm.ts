/** The FollowTheMoney model, loaded once, behind lookups that fail with a clear error. */
import { Model, defaultModel, type Property, type Schema } from '@opensanctions/followthemoney'
import { AppError, type ErrorLocation } from '../errors.js'

export type { Property, Schema }

export const model = new Model(defaultModel)

/** The schema of that name, or an `unknown_schema` error that names it. */
export function getSchema(name: string, where: ErrorLocation = {}): Schema {
  const schema = model.schemata[name]
  if (!schema) throw new AppError('unknown_schema', `Unknown FtM schema '${name}'.`, where)
  return schema
}

/** The property of that name on the schema (own or inherited), or an `unknown_property` error. */
export function getProperty(schema: Schema, name: string, where: ErrorLocation = {}): Property {
  if (!schema.hasProperty(name)) {
    throw new AppError('unknown_property', `Schema '${schema.name}' has no property '${name}'.`, where)
  }
  return schema.getProperty(name)
}

/** True when the schema exists and is a kind of `parent` (e.g. Company is a LegalEntity). */
export function isA(schemaName: string, parent: string): boolean {
  const schema = model.schemata[schemaName]
  return schema !== undefined && schema.isA(parent)
}

/** The more specific of two schemata when one extends the other, for merging entities; else undefined. */
export function commonSchema(a: string, b: string): string | undefined {
  if (a === b || isA(a, b)) return a
  if (isA(b, a)) return b
  return undefined
}
