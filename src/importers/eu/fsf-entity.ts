/**
 * One FSF entity from its rows: the party (Person or Organization) with its names, births,
 * addresses and citizenships, its passports and identity documents, and a Sanction for its listing.
 */
import { makeId, type EntityDraft } from '../../model/entity-draft.js'
import { countryCode, countryName } from '../../model/countries.js'
import type { SourceRef } from '../../model/statement.js'
import type { ImportContext } from '../types.js'
import type { FsfAddress, FsfName, FsfRecord } from './fsf-record.js'
import { isLostToEncoding, languageOf, readAddressOther, readIdentification } from './fsf-values.js'

const SCHEMA_BY_SUBJECT: Record<string, string> = { P: 'Person', E: 'Organization' }

/** The entities one group of FSF rows makes: the party first, then its documents and its Sanction. */
export function buildFsfEntity(ctx: ImportContext, rows: FsfRecord[], file: string): EntityDraft[] {
  const first = rows[0]!
  const source: SourceRef = { file, locator: `line ${first.line}, Entity_logical_id ${first.entityId}` }
  const entity = ctx.entity(schemaOf(ctx, first.subjectType, source), makeId('eu-fsf', first.entityId), source).add('topics', 'sanction')
  const documents: EntityDraft[] = []
  addNames(ctx, entity, rows, file)
  for (const row of rows) {
    const at: SourceRef = { file, locator: `line ${row.line}, Entity_logical_id ${row.entityId}` }
    if (row.birth) addBirth(entity, row.birth, at)
    if (row.address) addAddress(entity, row.address, at)
    if (row.citizenship) addOrNote(entity, 'citizenship', 'Citizenship', row.citizenship.country, at)
    if (row.identification) documents.push(identificationOf(ctx, entity, row.identification, at))
  }
  entity.add('notes', unique(rows.map((r) => r.remark)))
  return [entity, ...documents, sanctionOf(ctx, entity, rows)]
}

function schemaOf(ctx: ImportContext, subjectType: string, source: SourceRef): string {
  const schema = SCHEMA_BY_SUBJECT[subjectType.toUpperCase()]
  if (schema) return schema
  ctx.warn(`Subject_type '${subjectType}' is neither P (person) nor E (enterprise); read as LegalEntity`, source)
  return 'LegalEntity'
}

/** The first name without a language tag is the name; every other name is an alias, in its language. */
function addNames(ctx: ImportContext, entity: EntityDraft, rows: FsfRecord[], file: string) {
  const names = rows.flatMap((row) => (row.name ? [{ name: row.name, line: row.line }] : []))
  const main = names.find((n) => n.name.wholeName && !n.name.language) ?? names.find((n) => n.name.wholeName)
  if (!main) ctx.warn('Entity has no name record', entity.source)
  for (const { name, line } of names) {
    const at: SourceRef = { file, locator: `line ${line}, Entity_logical_id ${entity.id.replace(/^eu-fsf-/, '')}, Naal_logical_id ${name.logicalId}` }
    // The same name often comes again under another regulation: it is the name, not an alias of it.
    const isMain = name.wholeName === main?.name.wholeName && !name.language
    addName(ctx, entity, name, isMain ? 'name' : 'alias', at)
  }
}

function addName(ctx: ImportContext, entity: EntityDraft, name: FsfName, prop: 'name' | 'alias', at: SourceRef) {
  const lang = name.language ? languageOf(name.language) : undefined
  if (name.language && !lang) ctx.warn(`Naal_language '${name.language}' is not an EU language code; the name is kept without one`, at)
  if (isLostToEncoding(name.wholeName)) {
    ctx.warn(`Name '${name.wholeName}' lost its letters to the file's 8-bit encoding; skipped`, at)
  } else {
    entity.add(prop, name.wholeName, { lang, source: at })
  }
  if (entity.schema.name === 'Person') {
    entity
      .add('firstName', name.firstName, { source: at })
      .add('middleName', name.middleName, { source: at })
      .add('lastName', name.lastName, { source: at })
      .add('gender', name.gender, { source: at })
      .add('title', name.title, { source: at })
      .add('position', name.function, { source: at })
  } else if (name.function) {
    entity.add('notes', `Function: ${name.function}`, { source: at })
  }
}

function addBirth(entity: EntityDraft, birth: NonNullable<FsfRecord['birth']>, at: SourceRef) {
  // The FSF writes N/A for an unknown birth date next to a known place.
  if (!/^n\/?a$/i.test(birth.date)) addOrNote(entity, 'birthDate', 'Birth date', birth.date, at)
  addOrNote(entity, 'birthPlace', 'Birth place', birth.place, at)
  addOrNote(entity, 'birthCountry', 'Birth country', birth.country, at)
}

function addAddress(entity: EntityDraft, address: FsfAddress, at: SourceRef) {
  const code = address.country ? countryCode(address.country) : undefined
  const country = code ? countryName(code) : address.country
  const street = [address.number, address.street].filter(Boolean).join(' ')
  const full = [street, address.zipCode, address.city, country].filter(Boolean).join(', ')
  const { phones, remarks } = readAddressOther(address.other)
  entity.add('address', full, { source: at }).add('country', address.country, { source: at }).add('phone', phones, { source: at })
  entity.add(
    'notes',
    remarks.map((r) => `Address remark: ${r}`),
    { source: at },
  )
}

/** A value the schema has no property for (a birth date on an enterprise) is kept as a note. */
function addOrNote(entity: EntityDraft, prop: string, label: string, value: string, at: SourceRef) {
  if (!value) return
  if (entity.accepts(prop)) entity.add(prop, value, { source: at })
  else entity.add('notes', `${label}: ${value}`, { source: at })
}

function identificationOf(ctx: ImportContext, holder: EntityDraft, record: NonNullable<FsfRecord['identification']>, at: SourceRef): EntityDraft {
  const id = readIdentification(record.number)
  const passport = id.kind === 'passport'
  if (holder.accepts(passport ? 'passportNumber' : 'idNumber')) holder.add(passport ? 'passportNumber' : 'idNumber', id.number, { source: at })
  return ctx
    .entity(passport ? 'Passport' : 'Identification', makeId(holder.id, 'iden', record.logicalId), at)
    .add('holder', holder.id)
    .add('number', id.number)
    .add('type', id.type)
    .add('country', record.country)
    .add('description', id.remark)
}

function sanctionOf(ctx: ImportContext, entity: EntityDraft, rows: FsfRecord[]): EntityDraft {
  const dates = unique(rows.map((r) => r.publicationDate)).sort()
  const regulations = unique(rows.map((r) => [r.regulation, r.publicationDate].filter(Boolean).join(' of ')))
  return ctx
    .entity('Sanction', makeId(entity.id, 'sanction'), entity.source)
    .add('entity', entity.id)
    .add('authority', 'European Union')
    .add('program', unique(rows.map((r) => r.programme)))
    .add('listingDate', dates[0])
    .add('reason', unique(rows.map((r) => r.remark)))
    .add('authorityId', unique(rows.map((r) => r.euRefNum)))
    .add(
      'description',
      regulations.map((r) => `Regulation ${r}`),
    )
    .add('sourceUrl', unique(rows.map((r) => r.url)))
}

function unique(values: string[]): string[] {
  return [...new Set(values.filter(Boolean))]
}
