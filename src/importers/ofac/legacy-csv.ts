/**
 * OFAC's legacy CSV sets: SDN (sdn.csv, add.csv, alt.csv, sdn_comments.csv) and the consolidated
 * non-SDN list (cons_*.csv), which share one layout. One sdn.csv row is one entity; each alt.csv row
 * a name on it; each add.csv row an address; "Linked To:" remarks become UnknownLink relations.
 */
import { basename } from 'node:path'
import { makeId, type EntityDraft } from '../../model/entity-draft.js'
import type { SourceRef } from '../../model/statement.js'
import { readCsv } from '../read/csv-records.js'
import type { Encoding } from '../read/encoding.js'
import type { ImportContext, Importer } from '../types.js'
import { readCompanion, type CompanionRow } from './companions.js'
import { OFAC_NULL, SCHEMA_BY_TYPE, splitPersonName, splitPrograms } from './fields.js'
import { CONS_FILES, findOfacFiles, SDN_FILES, type OfacFileNames } from './files.js'
import { parseRemarks, type RemarkFact } from './remarks.js'

const MAIN_COLUMNS = 12
const ALIAS_PROPS: Record<string, 'alias' | 'weakAlias' | 'previousName'> = { aka: 'alias', fka: 'previousName', nka: 'alias' }

interface Companions {
  addresses: Map<string, CompanionRow[]>
  aliases: Map<string, CompanionRow[]>
  comments: Map<string, CompanionRow[]>
}

interface PendingLink {
  from: string
  name: string
  source: SourceRef
}

function ofacImporter(format: string, dataset: string, title: string, names: OfacFileNames): Importer {
  return {
    format,
    defaultDataset: dataset,
    title,
    expects: `a folder holding ${names.main} and its companions (${names.addresses}, ${names.aliases}, ${names.comments}), or ${names.main} alone`,
    read: (ctx) => readOfac(ctx, names),
  }
}

async function* readOfac(ctx: ImportContext, names: OfacFileNames): AsyncGenerator<EntityDraft> {
  const files = findOfacFiles(ctx.path, names)
  const encoding: Encoding = ctx.encoding ?? 'utf-8'
  const companions: Companions = {
    addresses: await readCompanion(files.addresses, 6, encoding),
    aliases: await readCompanion(files.aliases, 5, encoding),
    comments: await readCompanion(files.comments, 2, encoding),
  }
  const file = basename(files.main)
  const idByName = new Map<string, string>()
  const links: PendingLink[] = []
  const seenEntNums = new Set<string>()
  for await (const row of readCsv(files.main, { encoding, columns: MAIN_COLUMNS, onProgress: ctx.progress })) {
    const fields = row.fields.map(OFAC_NULL)
    const entNum = fields[0]!
    const source = { file, locator: `line ${row.line}, ent_num ${entNum}` }
    if (!/^\d+$/.test(entNum)) {
      ctx.warn(`ent_num '${entNum}' is not a number; row skipped`, source)
      continue
    }
    seenEntNums.add(entNum)
    yield* readEntity(ctx, fields, source, companions, links)
    idByName.set(nameKey(fields[1]!), makeId('ofac', entNum))
  }
  warnOrphans(ctx, companions, seenEntNums)
  yield* resolveLinks(ctx, links, idByName)
}

function* readEntity(ctx: ImportContext, fields: string[], source: SourceRef, companions: Companions, links: PendingLink[]): Generator<EntityDraft> {
  const [entNum, name, type, program, title, callSign, vesselType, tonnage, grt, flag, owner, remarks] = fields as [string, ...string[]]
  const schema = SCHEMA_BY_TYPE[type!.toLowerCase()] ?? 'LegalEntity'
  const id = makeId('ofac', entNum)
  const entity = ctx
    .entity(schema, id, source)
    .add('name', name)
    .add('topics', 'sanction')
    .add('sourceUrl', `https://sanctionssearch.ofac.treas.gov/Details.aspx?id=${entNum}`)
  if (schema === 'Person') {
    const { firstName, lastName } = splitPersonName(name!)
    entity.add('firstName', firstName).add('lastName', lastName).add('position', title)
  }
  if (schema === 'Vessel') {
    entity.add('callSign', callSign).add('type', vesselType).add('tonnage', tonnage).add('grossRegisteredTonnage', grt).add('flag', flag)
  }
  if (owner) entity.add('notes', `Vessel owner: ${owner}`)
  const extra = (companions.comments.get(entNum) ?? []).map((c) => c.fields[1]!).join('')
  const identifications = applyRemarks(ctx, entity, (remarks ?? '') + extra, links)
  applyAliases(entity, companions.aliases.get(entNum) ?? [])
  applyAddresses(entity, companions.addresses.get(entNum) ?? [])
  yield entity
  yield* identifications
  yield sanctionOf(ctx, entity, splitPrograms(program!), source)
}

function applyRemarks(ctx: ImportContext, entity: EntityDraft, remarks: string, links: PendingLink[]): EntityDraft[] {
  const identifications: EntityDraft[] = []
  for (const fact of parseRemarks(remarks)) {
    const made = applyFact(ctx, entity, fact, links)
    if (made) identifications.push(made)
  }
  return identifications
}

function applyFact(ctx: ImportContext, entity: EntityDraft, fact: RemarkFact, links: PendingLink[]): EntityDraft | undefined {
  switch (fact.kind) {
    case 'prop':
      if (entity.accepts(fact.prop)) entity.add(fact.prop, fact.value)
      else entity.add('notes', `${fact.prop}: ${fact.value}`)
      return undefined
    case 'alias':
      entity.add(fact.prop, fact.value)
      return undefined
    case 'linked':
      links.push({ from: entity.id, name: fact.name, source: entity.source })
      return undefined
    case 'note':
      entity.add('notes', fact.value)
      return undefined
    case 'identification':
      return identificationOf(ctx, entity, fact)
  }
}

function identificationOf(ctx: ImportContext, holder: EntityDraft, fact: Extract<RemarkFact, { kind: 'identification' }>): EntityDraft {
  if (fact.passport && holder.accepts('passportNumber')) holder.add('passportNumber', fact.number)
  const id = makeId(holder.id, fact.passport ? 'passport' : 'id', fact.number)
  return ctx
    .entity(fact.passport ? 'Passport' : 'Identification', id, holder.source)
    .add('holder', holder.id)
    .add('number', fact.number)
    .add('type', fact.type)
    .add('country', fact.country)
}

function applyAliases(entity: EntityDraft, rows: CompanionRow[]) {
  for (const row of rows) {
    const [, , type, name, remarks] = row.fields
    const prop = ALIAS_PROPS[(type ?? '').replace(/\./g, '').toLowerCase()] ?? 'alias'
    // OFAC marks low-quality a.k.a.s in the alt remarks.
    const weak = /weak/i.test(remarks ?? '')
    entity.add(weak ? 'weakAlias' : prop, name, { source: { file: row.file, locator: `line ${row.line}, alt_num ${row.fields[1]}` } })
  }
}

function applyAddresses(entity: EntityDraft, rows: CompanionRow[]) {
  for (const row of rows) {
    const [, addNum, street, city, country, remarks] = row.fields
    const source = { file: row.file, locator: `line ${row.line}, add_num ${addNum}` }
    const full = [street, city, country].filter(Boolean).join(', ')
    entity.add('address', full, { source }).add('country', country, { source })
    if (remarks) entity.add('notes', `Address remark: ${remarks}`, { source })
  }
}

function sanctionOf(ctx: ImportContext, entity: EntityDraft, programs: string[], source: SourceRef): EntityDraft {
  return ctx
    .entity('Sanction', makeId(entity.id, 'sanction'), source)
    .add('entity', entity.id)
    .add('authority', 'Office of Foreign Assets Control')
    .add('country', 'us')
    .add('program', programs)
    .add(
      'programId',
      programs.map((p) => `US-${p}`),
    )
}

function* resolveLinks(ctx: ImportContext, links: PendingLink[], idByName: Map<string, string>): Generator<EntityDraft> {
  for (const link of links) {
    const target = idByName.get(nameKey(link.name))
    if (!target) {
      ctx.warn(`Linked To '${link.name}' names no entry in this file`, link.source)
      continue
    }
    yield ctx
      .entity('UnknownLink', makeId(link.from, 'linked', target.replace(/^ofac-/, '')), link.source)
      .add('subject', link.from)
      .add('object', target)
      .add('role', 'Linked To')
  }
}

/**
 * Companion rows whose ent_num has no entry in the main file: one counted warning per file, not
 * one per row. Companions newer than the main file name thousands of later designations, and a
 * warning per row would bury every other warning of the import.
 */
function warnOrphans(ctx: ImportContext, companions: Companions, seen: Set<string>) {
  for (const map of [companions.addresses, companions.aliases, companions.comments]) {
    const orphans = [...map].filter(([entNum]) => !seen.has(entNum))
    if (orphans.length === 0) continue
    const rows = orphans.reduce((n, [, r]) => n + r.length, 0)
    const [entNum, [first]] = orphans[0]! as [string, CompanionRow[]]
    ctx.warn(
      `${rows} rows for ${orphans.length} ent_nums not in the main file were ignored (first: ent_num ${entNum}); is this file newer than the main one?`,
      { file: first!.file, locator: `line ${first!.line}` },
    )
  }
}

function nameKey(name: string): string {
  return name.toUpperCase().replace(/\s+/g, ' ').trim().replace(/\.$/, '')
}

export const ofacSdnCsv = ofacImporter('ofac-csv', 'us_ofac_sdn', 'OFAC Specially Designated Nationals (legacy CSV)', SDN_FILES)
export const ofacConsCsv = ofacImporter('ofac-cons-csv', 'us_ofac_cons', 'OFAC Consolidated (non-SDN) list (legacy CSV)', CONS_FILES)
