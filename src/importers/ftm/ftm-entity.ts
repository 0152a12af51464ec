/**
 * One entity as FollowTheMoney and OpenSanctions write it ({ id, schema, properties, referents, … }),
 * checked against the model and turned into an EntityDraft. An unknown schema or property means the
 * file is not what we think it is (or needs a newer model): an error naming file, line and entity.
 */
import { AppError, type ErrorLocation } from '../../errors.js'
import type { EntityDraft } from '../../model/entity-draft.js'
import { getProperty, getSchema } from '../../model/ftm.js'
import type { ImportContext } from '../types.js'
import type { JsonLine } from './json-lines.js'

export interface FtmEntityJson {
  id: string
  schema: string
  properties: Record<string, string[]>
  referents: string[]
}

type Json = Record<string, unknown>

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value)
const isStrings = (value: unknown): value is string[] => Array.isArray(value) && value.every((v) => typeof v === 'string')

/** The entity's id, or a `bad_file` error: every line must name the entity it is about. */
export function entityIdOf(value: unknown, where: ErrorLocation): string {
  const id = isObject(value) ? value.id : undefined
  if (typeof id !== 'string' || !id) throw new AppError('bad_file', 'Entity has no id.', where)
  return id
}

/** Check the shape of an entity object; values of other shapes mean a broken or foreign file. */
export function checkEntity(value: unknown, where: ErrorLocation): FtmEntityJson {
  const id = entityIdOf(value, where)
  const json = value as Json
  const at = { ...where, record: id }
  if (typeof json.schema !== 'string') throw new AppError('bad_file', 'Entity has no schema.', at)
  const properties = json.properties ?? {}
  if (!isObject(properties) || !Object.values(properties).every(isStrings)) {
    throw new AppError('bad_file', 'Entity properties must map each property to a list of strings.', at)
  }
  const referents = json.referents ?? []
  if (!isStrings(referents)) throw new AppError('bad_file', 'Entity referents must be a list of ids.', at)
  return { id, schema: json.schema, properties: properties as Record<string, string[]>, referents }
}

/** The draft of one entity: schema and property names are checked here, values by the draft's cleaning. */
export function draftFromFtm(ctx: ImportContext, entity: FtmEntityJson, at: Pick<JsonLine, 'file' | 'line'>): EntityDraft {
  const where = { file: at.file, line: at.line, record: entity.id }
  const schema = getSchema(entity.schema, where)
  for (const prop of Object.keys(entity.properties)) getProperty(schema, prop, where)
  const draft = ctx.entity(schema.name, entity.id, { file: at.file, locator: `line ${at.line}, id ${entity.id}` })
  for (const [prop, values] of Object.entries(entity.properties)) draft.add(prop, values)
  for (const referent of entity.referents) draft.addReferent(referent)
  return draft
}

/** True when a line is a delta operation ({ op, entity }) rather than an entity. */
export function isDeltaLine(value: unknown): boolean {
  return isObject(value) && typeof value.op === 'string' && 'entity' in value
}
