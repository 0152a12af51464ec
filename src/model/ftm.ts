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

// The FtM library rebuilds a schema's property map, walking its ancestors, on every lookup;
// importers look up properties for every value, so each schema's map is built once here.
const propertyMaps = new Map<string, Map<string, Property>>()

/** All properties of a schema, own and inherited, by name. */
export function propertiesOf(schema: Schema): Map<string, Property> {
  let map = propertyMaps.get(schema.name)
  if (!map) {
    map = schema.getProperties()
    propertyMaps.set(schema.name, map)
  }
  return map
}

/** The property of that name on the schema (own or inherited), or an `unknown_property` error. */
export function getProperty(schema: Schema, name: string, where: ErrorLocation = {}): Property {
  const property = propertiesOf(schema).get(name)
  if (!property) throw new AppError('unknown_property', `Schema '${schema.name}' has no property '${name}'.`, where)
  return property
}

/** True when the schema has a property of that name, own or inherited. */
export function hasProperty(schema: Schema, name: string): boolean {
  return propertiesOf(schema).has(name)
}

/** True when the schema exists and is a kind of `parent` (e.g. Company is a LegalEntity). */
export function isA(schemaName: string, parent: string): boolean {
  const schema = model.schemata[schemaName]
  return schema?.isA(parent) ?? false
}

/** The more specific of two schemata when one extends the other, for merging entities; else undefined. */
export function commonSchema(a: string, b: string): string | undefined {
  if (a === b || isA(a, b)) return a
  if (isA(b, a)) return b
  return undefined
}
