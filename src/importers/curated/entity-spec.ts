/**
 * The shape of a curated entity file: `entities:`, a list of `{ id, schema, section, referents,
 * properties }`, each value a plain string or `{ value, lang, section }`. This module checks the
 * shape only; the FtM schema and properties are checked by the importer.
 */
import { isMap, type Node } from 'yaml'
import { AppError } from '../../errors.js'
import { listItems, mapEntries, scalarText, type YamlEntry, type YamlFile } from '../read/yaml-file.js'

export interface ValueSpec {
  value: string
  lang?: string
  /** Overrides the entity's section for this one value. */
  section?: string
  line?: number
}

export interface PropertySpec {
  prop: string
  line?: number
  values: ValueSpec[]
}

export interface EntitySpec {
  id: string
  schema: string
  section?: string
  /** Ids of the same entity in other datasets (official lists), for the store to merge. */
  referents: ValueSpec[]
  properties: PropertySpec[]
  line?: number
}

const ENTITY_KEYS = new Set(['id', 'schema', 'section', 'referents', 'properties'])
const VALUE_KEYS = new Set(['value', 'lang', 'section'])
// FtM writes languages as ISO 639-3 codes: 'ara', 'fra', 'eng'.
const LANG_PATTERN = /^[a-z]{3}$/

/** The entities of one file, in file order; a shape error is a `bad_file` error with file and line. */
export function readEntitySpecs(yaml: YamlFile): EntitySpec[] {
  const top = mapEntries(yaml, yaml.root, 'the file')
  const entities = top.find((e) => e.key === 'entities')
  const stray = top.find((e) => e.key !== 'entities')
  if (stray) throw new AppError('bad_file', `Unknown key '${stray.key}': an entity file holds only 'entities'.`, { file: yaml.file, line: stray.line })
  if (!entities) throw new AppError('bad_file', "An entity file needs an 'entities' list.", { file: yaml.file, line: 1 })
  return listItems(entities.value).map((node) => readEntity(yaml, node))
}

function readEntity(yaml: YamlFile, node: Node | null): EntitySpec {
  const entries = mapEntries(yaml, node, 'an entity')
  const line = yaml.lineOf(node)
  const id = requiredText(yaml, entries, 'id', line)
  const where = { file: yaml.file, record: `entity ${id}` }
  for (const entry of entries) {
    if (!ENTITY_KEYS.has(entry.key))
      throw new AppError('bad_file', `Unknown key '${entry.key}'. An entity has ${[...ENTITY_KEYS].join(', ')}.`, { ...where, line: entry.line })
  }
  const get = (key: string) => entries.find((e) => e.key === key)
  const properties = get('properties')
  return {
    id,
    schema: requiredText(yaml, entries, 'schema', line, id),
    section: scalarText(get('section')?.value),
    referents: readValues(yaml, get('referents'), id),
    properties: properties
      ? mapEntries(yaml, properties.value, "an entity's properties", `entity ${id}`).map((entry) => ({
          prop: entry.key,
          line: entry.line,
          values: readValues(yaml, entry, id),
        }))
      : [],
    line,
  }
}

function readValues(yaml: YamlFile, entry: YamlEntry | undefined, id: string): ValueSpec[] {
  if (!entry) return []
  return listItems(entry.value).map((node) => readValue(yaml, node, id, entry.line))
}

function readValue(yaml: YamlFile, node: Node | null, id: string, keyLine?: number): ValueSpec {
  const line = yaml.lineOf(node) ?? keyLine
  const where = { file: yaml.file, line, record: `entity ${id}` }
  if (!isMap(node)) {
    const value = scalarText(node)
    if (!value) throw new AppError('bad_file', 'Expected a value: a text, or { value, lang, section }.', where)
    return { value, line }
  }
  const entries = mapEntries(yaml, node, 'a value', `entity ${id}`)
  const stray = entries.find((e) => !VALUE_KEYS.has(e.key))
  if (stray) throw new AppError('bad_file', `Unknown key '${stray.key}'. A value has value, lang, section.`, { ...where, line: stray.line })
  const text = (key: string) => scalarText(entries.find((e) => e.key === key)?.value)
  const value = text('value')
  if (!value) throw new AppError('bad_file', "A value written as a mapping needs 'value'.", where)
  const lang = text('lang')
  if (lang !== undefined && !LANG_PATTERN.test(lang)) {
    throw new AppError('bad_file', `Language '${lang}' is not an ISO 639-3 code such as 'ara', 'fra', 'eng'.`, where)
  }
  return { value, lang, section: text('section'), line }
}

function requiredText(yaml: YamlFile, entries: YamlEntry[], key: string, line?: number, id?: string): string {
  const value = scalarText(entries.find((e) => e.key === key)?.value)
  if (!value) throw new AppError('bad_file', `An entity needs '${key}'.`, { file: yaml.file, line, record: id && `entity ${id}` })
  return value
}
