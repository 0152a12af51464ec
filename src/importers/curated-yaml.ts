/**
 * Curated datasets written by hand as YAML (e.g. datasets/cers/, see datasets/README.md): every value
 * cites the article section it comes from, and `referents` tie an entity to its entries on official
 * lists so the store merges them. A typo in a schema, property, section or id stops the import with
 * its file and line; a value that does not clean, or a pointer to an entity the dataset does not
 * define, is a warning.
 */
import { statSync } from 'node:fs'
import { AppError, type ErrorLocation } from '../errors.js'
import type { EntityDraft } from '../model/entity-draft.js'
import { getProperty, getSchema, isA, type Schema } from '../model/ftm.js'
import { REFERENT_PROP, type SourceRef } from '../model/statement.js'
import { readEntitySpecs, type EntitySpec, type ValueSpec } from './curated/entity-spec.js'
import { findCuratedFiles, MANIFEST_FILE, type CuratedManifest } from './curated/manifest.js'
import { readYamlFile, type YamlFile } from './read/yaml-file.js'
import type { ImportContext, Importer } from './types.js'

interface Pointer {
  prop: string
  range: string
  target: string
  source: SourceRef
  schema: string
}

/** Which entities a file defined, by id, with their schema and where, for duplicates and pointers. */
type Defined = Map<string, { schema: string; at: string }>

export const curatedYaml: Importer = {
  format: 'yaml',
  defaultDataset: 'cers',
  title: 'Curated dataset (YAML, see datasets/README.md)',
  expects: `a curated dataset folder holding ${MANIFEST_FILE} (e.g. datasets/cers), or one YAML file of it`,
  read: readCurated,
}

async function* readCurated(ctx: ImportContext): AsyncGenerator<EntityDraft> {
  const { manifest, files } = await findCuratedFiles(ctx.path)
  const total = files.reduce((sum, path) => sum + statSync(path).size, 0)
  const defined: Defined = new Map()
  const pointers: Pointer[] = []
  let done = 0
  for (const path of files) {
    const yaml = await readYamlFile(path)
    for (const spec of readEntitySpecs(yaml)) {
      const schema = checkEntity(yaml, spec, manifest, defined)
      const draft = draftOf(ctx, yaml, spec, schema, manifest)
      pointers.push(...pointersOf(draft))
      yield draft
    }
    done += yaml.size
    ctx.progress(done, total)
  }
  warnBrokenPointers(ctx, pointers, defined)
}

/** The entity's schema, once its id is new, well-prefixed, and its schema and section are known. */
function checkEntity(yaml: YamlFile, spec: EntitySpec, manifest: CuratedManifest | undefined, defined: Defined): Schema {
  const where = locate(yaml, spec, spec.line)
  const earlier = defined.get(spec.id)
  if (earlier) throw new AppError('bad_file', `Entity id '${spec.id}' is already defined at ${earlier.at}.`, where)
  if (manifest?.prefix && !spec.id.startsWith(`${manifest.prefix}-`)) {
    throw new AppError('bad_file', `Entity id '${spec.id}' must start with '${manifest.prefix}-' (the prefix in ${MANIFEST_FILE}).`, where)
  }
  const schema = getSchema(spec.schema, where)
  if (spec.section) checkSection(spec.section, manifest, where)
  defined.set(spec.id, { schema: schema.name, at: `${yaml.file}:${spec.line ?? '?'}` })
  return schema
}

function draftOf(ctx: ImportContext, yaml: YamlFile, spec: EntitySpec, schema: Schema, manifest?: CuratedManifest): EntityDraft {
  const draft = ctx.entity(schema.name, spec.id, { file: yaml.file, section: spec.section, locator: `entity ${spec.id}` })
  for (const { prop, line, values } of spec.properties) {
    const property = getProperty(schema, prop, locate(yaml, spec, line))
    if (property.stub) {
      // Reverse sides (Organization.sanctions) are derived from the entity that points here.
      const forward = property.getReverse()
      throw new AppError(
        'unknown_property',
        `'${prop}' is the reverse side of ${forward.schema.name}.${forward.name}; write the value on that entity instead.`,
        locate(yaml, spec, line),
      )
    }
    for (const value of values) draft.add(prop, value.value, { lang: value.lang, source: sourceOf(yaml, spec, value, manifest) })
  }
  for (const referent of spec.referents) draft.addReferent(referent.value, sourceOf(yaml, spec, referent, manifest))
  return draft
}

/** Every value cites an article section: its own, or its entity's. */
function sourceOf(yaml: YamlFile, spec: EntitySpec, value: ValueSpec, manifest?: CuratedManifest): SourceRef {
  const where = locate(yaml, spec, value.line)
  const section = value.section ?? spec.section
  if (!section) throw new AppError('bad_file', "This value cites no article section: give the entity a 'section', or the value its own.", where)
  checkSection(section, manifest, where)
  return { file: yaml.file, section, locator: `entity ${spec.id}` }
}

function checkSection(section: string, manifest: CuratedManifest | undefined, where: ErrorLocation) {
  if (!manifest || manifest.sections.size === 0 || manifest.sections.has(section)) return
  throw new AppError('bad_file', `Section '${section}' is not one of the article sections listed in ${MANIFEST_FILE}.`, where)
}

function pointersOf(draft: EntityDraft): Pointer[] {
  return draft
    .statements()
    .filter((s) => s.propType === 'entity' && s.prop !== REFERENT_PROP)
    .map((s) => ({ prop: s.prop, range: draft.schema.getProperty(s.prop).getRange().name, target: s.value, source: s.source, schema: draft.schema.name }))
}

/** A pointer to an id the dataset does not define, or to an entity of the wrong kind, is a warning. */
function warnBrokenPointers(ctx: ImportContext, pointers: Pointer[], defined: Defined) {
  for (const pointer of pointers) {
    const target = defined.get(pointer.target)
    const label = `${pointer.schema}.${pointer.prop}`
    if (!target) ctx.warn(`${label}: no entity '${pointer.target}' in this dataset`, pointer.source)
    else if (!isA(target.schema, pointer.range)) {
      ctx.warn(`${label}: '${pointer.target}' is a ${target.schema}, not a ${pointer.range}`, pointer.source)
    }
  }
}

function locate(yaml: YamlFile, spec: EntitySpec, line: number | undefined): ErrorLocation {
  return { file: yaml.file, line: line ?? spec.line, record: `entity ${spec.id}` }
}
