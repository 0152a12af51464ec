/**
 * One HMT group (all rows of one Group ID) as one entity: each row is one of its names, and the
 * other columns, repeated or varied across rows, are gathered from all of them, each value with
 * the line it came from. Documents become Passport and Identification entities.
 */
import { makeId, type EntityDraft } from '../../model/entity-draft.js'
import type { SourceRef } from '../../model/statement.js'
import { guessLangFromScript } from '../../text/script-lang.js'
import { nationalityCode } from '../../model/countries.js'
import type { ImportContext } from '../types.js'
import { knownDatePart, readDocuments, splitNumbered } from './cell-text.js'
import type { GroupRow } from './group-rows.js'

const SCHEMA_BY_GROUP_TYPE: Record<string, string> = { individual: 'Person', entity: 'Organization', ship: 'Vessel' }
const NAME_PROP_BY_ALIAS_TYPE: Record<string, 'name' | 'alias' | 'previousName'> = { 'prime alias': 'name', aka: 'alias', fka: 'previousName' }
const LANG_BY_LANGUAGE: Record<string, string> = {
  arabic: 'ara',
  russian: 'rus',
  ukrainian: 'ukr',
  belarusian: 'bel',
  chinese: 'zho',
  korean: 'kor',
  persian: 'fas',
  farsi: 'fas',
}

/** Adds each raw value once per entity, so a value repeated on every row warns once, not per row. */
export interface GroupBuilder {
  entity: EntityDraft
  put(prop: string, value: string | undefined, row: GroupRow, lang?: string): void
  source(row: GroupRow): SourceRef
}

/** The entity of a group, its schema from the Group Type of its prime row. */
export function startGroup(ctx: ImportContext, groupId: string, rows: GroupRow[], file: string): GroupBuilder {
  const source = (row: GroupRow): SourceRef => ({ file, locator: `line ${row.line}, Group ID ${groupId}` })
  const first = rows.find((row) => row.get('Alias Type') === 'Prime Alias') ?? rows[0]!
  const groupType = first.get('Group Type')
  let schema = SCHEMA_BY_GROUP_TYPE[groupType.toLowerCase()]
  if (!schema) {
    ctx.warn(`Group Type '${groupType}' is not Individual, Entity or Ship; read as a legal entity`, source(first))
    schema = 'LegalEntity'
  }
  const entity = ctx.entity(schema, makeId('gb-hmt', groupId), source(first)).add('topics', 'sanction')
  const seen = new Set<string>()
  const put = (prop: string, value: string | undefined, row: GroupRow, lang?: string) => {
    const key = `${prop}\u0000${value ?? ''}`
    if (!value || seen.has(key)) return
    seen.add(key)
    entity.add(prop, value, { source: source(row), lang })
  }
  return { entity, put, source }
}

/** The name this row gives, by its alias type, and for the prime name its parts. */
export function applyName(group: GroupBuilder, row: GroupRow): void {
  const given = ['Name 1', 'Name 2', 'Name 3', 'Name 4', 'Name 5'] as const
  const parts = [...given.map((column) => row.get(column)), row.get('Name 6')].filter(Boolean)
  const aliasType = row.get('Alias Type').toLowerCase()
  const weak = /low/i.test(row.get('Alias Quality'))
  const prop = weak ? 'weakAlias' : (NAME_PROP_BY_ALIAS_TYPE[aliasType] ?? 'alias')
  group.put(prop, parts.join(' '), row)
  const script = row.get('Name Non-Latin Script')
  const language = row.get('Non-Latin Script Language').toLowerCase()
  group.put(prop === 'name' ? 'name' : 'alias', script, row, LANG_BY_LANGUAGE[language] ?? guessLangFromScript(script))
  if (prop !== 'name' || group.entity.schema.name !== 'Person') return
  group.put('firstName', row.get('Name 1'), row)
  group.put(
    'middleName',
    given
      .slice(1)
      .map((column) => row.get(column))
      .filter(Boolean)
      .join(' '),
    row,
  )
  group.put('lastName', row.get('Name 6'), row)
}

/** Facts about people: title, birth, nationality, position. */
export function applyPersonFacts(group: GroupBuilder, row: GroupRow): void {
  for (const title of splitNumbered(row.get('Title')).flatMap((t) => t.split('/'))) group.put('title', title.trim(), row)
  group.put('birthDate', knownDatePart(row.get('DOB')), row)
  const towns = splitNumbered(row.get('Town of Birth'))
  const countries = splitNumbered(row.get('Country of Birth'))
  for (const place of birthPlaces(towns, countries)) group.put('birthPlace', place, row)
  for (const country of countries) group.put('birthCountry', countryOf(country), row)
  for (const nationality of splitNumbered(row.get('Nationality'))) group.put('nationality', countryOf(nationality), row)
  for (const position of splitNumbered(row.get('Position'))) group.put('position', position, row)
}

/** The address of the row as one line, and its country. */
export function applyAddress(group: GroupBuilder, row: GroupRow): void {
  const columns = ['Address 1', 'Address 2', 'Address 3', 'Address 4', 'Address 5', 'Address 6', 'Post/Zip Code'] as const
  const lines = columns.map((column) => row.get(column)).filter(Boolean)
  const country = row.get('Country')
  if (lines.length) group.put('address', [...lines, country].filter(Boolean).join(', '), row)
  // "Afghanistan (since 2009)": the country is the part before the bracket; the note stays in the address.
  group.put('country', countryOf(country.replace(/\s*\(.*\)\s*$/, '')), row)
  if (!lines.length && country !== country.replace(/\s*\(.*\)\s*$/, '')) group.put('notes', `Country: ${country}`, row)
  group.put('notes', row.get('Other Information'), row)
}

/** Passport and national ID documents of the row, as entities held by the group's entity. */
export function documentsOf(ctx: ImportContext, group: GroupBuilder, row: GroupRow, byId: Map<string, EntityDraft>): void {
  const kinds: Array<[string, boolean]> = [
    [row.get('Passport Details'), true],
    [row.get('Passport Number'), true],
    [row.get('NI Number'), false],
    [row.get('National Identification Number'), false],
    [row.get('National Identification Details'), false],
  ]
  for (const [cell, passport] of kinds) {
    for (const doc of readDocuments(cell)) {
      if (!doc.number) {
        group.put('notes', `${passport ? 'Passport' : 'National ID'}: ${doc.text}`, row)
        continue
      }
      const holder = group.entity
      if (holder.schema.name === 'Person') group.put(passport ? 'passportNumber' : 'idNumber', doc.number, row)
      const id = makeId(holder.id, passport ? 'passport' : 'id', doc.number)
      const country = doc.qualifier ? nationalityCode(doc.qualifier) : undefined
      const entity = byId.get(id) ?? ctx.entity(passport ? 'Passport' : 'Identification', id, group.source(row))
      byId.set(
        id,
        entity
          .add('holder', holder.id)
          .add('number', doc.number)
          .add('country', country)
          .add('type', passport ? 'Passport' : 'National identification number')
          .add('description', doc.text),
      )
    }
  }
}

/** "(1) Kabul (2) Kandahar" with "(1) Afghanistan (2) Afghanistan" pair up by number; one country goes with every town. */
function birthPlaces(towns: string[], countries: string[]): string[] {
  if (towns.length === countries.length) return towns.map((town, i) => `${town}, ${countries[i]}`)
  if (countries.length === 1) return towns.map((town) => `${town}, ${countries[0]}`)
  return towns
}

/** A nationality adjective ("Afghan") or country name as its code; unknown text as written, so it warns. */
function countryOf(text: string): string {
  return nationalityCode(text) ?? text
}
