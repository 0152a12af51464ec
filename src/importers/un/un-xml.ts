/**
 * The UN Security Council Consolidated List (consolidated.xml): each <INDIVIDUAL> is a Person and
 * each <ENTITY> an Organization, with their documents and their listing as a Sanction. The file is
 * read record by record (see record-chunks.ts), so memory stays bounded by one record.
 */
import { basename } from 'node:path'
import { makeId, type EntityDraft } from '../../model/entity-draft.js'
import type { SourceRef } from '../../model/statement.js'
import { openTextFile } from '../read/text-file.js'
import type { ImportContext, Importer } from '../types.js'
import { applyAddresses, applyAliases, applyFacts, applyNames, sanctionOf } from './listed-entity.js'
import { applyBirthDates, applyBirthPlaces, documentsOf } from './person-facts.js'
import { splitRecords } from './record-chunks.js'
import { children, parseRecord, texts, type XmlNode } from './xml-record.js'

const RECORDS = { INDIVIDUAL: 'Person', ENTITY: 'Organization' } as const
type RecordName = keyof typeof RECORDS

// Tags read by the mapping, or deliberately left out (bookkeeping of the UN's database).
const READ_TAGS = new Set([
  'DATAID',
  'FIRST_NAME',
  'SECOND_NAME',
  'THIRD_NAME',
  'FOURTH_NAME',
  'NAME_ORIGINAL_SCRIPT',
  'UN_LIST_TYPE',
  'REFERENCE_NUMBER',
  'LISTED_ON',
  'GENDER',
  'COMMENTS1',
  'TITLE',
  'DESIGNATION',
  'NATIONALITY',
  'LIST_TYPE',
  'LAST_DAY_UPDATED',
  'INDIVIDUAL_ALIAS',
  'ENTITY_ALIAS',
  'INDIVIDUAL_ADDRESS',
  'ENTITY_ADDRESS',
  'INDIVIDUAL_DATE_OF_BIRTH',
  'INDIVIDUAL_PLACE_OF_BIRTH',
  'INDIVIDUAL_DOCUMENT',
  'VERSIONNUM',
  'SORT_KEY',
  'SORT_KEY_LAST_MOD',
])

export const unScXml: Importer = {
  format: 'un-xml',
  defaultDataset: 'un_sc_sanctions',
  title: 'UN Security Council Consolidated List (XML)',
  expects: 'the consolidated list XML file (consolidated.xml), as published by the UN Security Council',
  read: readUnXml,
}

async function* readUnXml(ctx: ImportContext): AsyncGenerator<EntityDraft> {
  const file = basename(ctx.path)
  const text = await openTextFile(ctx.path, { encoding: ctx.encoding ?? 'utf-8', onProgress: ctx.progress })
  const layout = { file, root: 'CONSOLIDATED_LIST', records: Object.keys(RECORDS) }
  for await (const piece of splitRecords(text, layout)) {
    if (piece.kind === 'root') {
      const generated = piece.tag.match(/\sdateGenerated\s*=\s*["']([^"']+)["']/)?.[1]
      if (generated) ctx.setSourceDate(generated)
      continue
    }
    const record = parseRecord(piece.xml, piece.name, { file, line: piece.line })
    yield* mapRecord(ctx, record, piece.name as RecordName, { file, line: piece.line })
  }
}

function* mapRecord(ctx: ImportContext, record: XmlNode, name: RecordName, where: { file: string; line: number }): Generator<EntityDraft> {
  const dataId = texts(record, 'DATAID')[0]
  const source: SourceRef = { file: where.file, locator: `record DATAID ${dataId ?? '?'}, line ${where.line}` }
  if (!dataId) {
    ctx.warn(`<${name}> has no DATAID; record skipped`, source)
    return
  }
  const entity = ctx.entity(RECORDS[name], makeId('unsc', dataId), source)
  applyNames(entity, record)
  applyFacts(entity, record)
  applyAliases(entity, record, `${name}_ALIAS`)
  applyAddresses(entity, record, `${name}_ADDRESS`)
  const documents = name === 'INDIVIDUAL' ? applyPersonFacts(ctx, entity, record) : []
  keepUnread(ctx, entity, record)
  yield entity
  yield* documents
  yield sanctionOf(ctx, entity, record)
}

function applyPersonFacts(ctx: ImportContext, person: EntityDraft, record: XmlNode): EntityDraft[] {
  applyBirthDates(person, record)
  applyBirthPlaces(person, record)
  return documentsOf(ctx, person, record)
}

/** A tag the mapping does not know is kept as a note (text) or reported (structure), never dropped silently. */
function keepUnread(ctx: ImportContext, entity: EntityDraft, record: XmlNode): void {
  for (const tag of Object.keys(record)) {
    if (READ_TAGS.has(tag)) continue
    for (const value of texts(record, tag)) entity.add('notes', `${tag}: ${value}`)
    if (children(record, tag).length) ctx.warn(`<${tag}> is not a part of the UN format Vigil reads; not imported`, entity.source)
  }
}
