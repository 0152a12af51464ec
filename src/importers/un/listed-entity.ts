/**
 * The parts every UN record has, person or organization: names in Latin and original script,
 * aliases by quality, addresses, comments, and the listing itself as a `Sanction`.
 */
import { makeId, type EntityDraft } from '../../model/entity-draft.js'
import { guessLangFromScript } from '../../text/script-lang.js'
import type { ImportContext } from '../types.js'
import { children, text, texts, values, type XmlNode } from './xml-record.js'

const NAME_PARTS = ['FIRST_NAME', 'SECOND_NAME', 'THIRD_NAME', 'FOURTH_NAME'] as const

// The UN grades aliases: "Good" and "a.k.a." are strong, "Low" is a weak alias.
const ALIAS_PROP_BY_QUALITY: Record<string, 'alias' | 'weakAlias' | 'previousName'> = {
  good: 'alias',
  'a.k.a.': 'alias',
  low: 'weakAlias',
  'f.k.a.': 'previousName',
}

/** Add a name-like value with the language its script suggests. */
export function addName(entity: EntityDraft, prop: string, name: string | undefined): void {
  if (name) entity.add(prop, name, { lang: guessLangFromScript(name) })
}

/** The full name from its parts, and the original-script name beside it. */
export function applyNames(entity: EntityDraft, record: XmlNode): void {
  addName(
    entity,
    'name',
    NAME_PARTS.map((part) => text(record, part))
      .filter(Boolean)
      .join(' '),
  )
  for (const original of texts(record, 'NAME_ORIGINAL_SCRIPT')) addName(entity, 'name', original)
}

/** Aliases by their quality; a birth date or place given with an alias belongs to the person too. */
export function applyAliases(entity: EntityDraft, record: XmlNode, tag: string): void {
  for (const alias of children(record, tag)) {
    const name = text(alias, 'ALIAS_NAME')
    const quality = (text(alias, 'QUALITY') ?? '').toLowerCase()
    addName(entity, ALIAS_PROP_BY_QUALITY[quality] ?? 'alias', name)
    const note = text(alias, 'NOTE')
    if (note) entity.add('notes', `Alias ${name ?? ''}: ${note}`)
    if (entity.schema.name !== 'Person') continue
    entity.add('birthDate', texts(alias, 'DATE_OF_BIRTH'))
    entity.add('birthPlace', texts(alias, 'CITY_OF_BIRTH'))
    entity.add('birthCountry', texts(alias, 'COUNTRY_OF_BIRTH'))
  }
}

/** Each address as one line, its country as the entity's country. */
export function applyAddresses(entity: EntityDraft, record: XmlNode, tag: string): void {
  for (const address of children(record, tag)) {
    const full = ['STREET', 'CITY', 'STATE_PROVINCE', 'ZIP_CODE', 'COUNTRY']
      .map((part) => text(address, part))
      .filter(Boolean)
      .join(', ')
    // A country alone is not an address: it is kept as the entity's country only.
    if (full !== text(address, 'COUNTRY')) entity.add('address', full)
    entity.add('country', text(address, 'COUNTRY'))
    const note = text(address, 'NOTE')
    if (note) entity.add('notes', full ? `Address ${full}: ${note}` : `Address: ${note}`)
  }
}

/** Comments, designation, nationality and the other plain facts of the record. */
export function applyFacts(entity: EntityDraft, record: XmlNode): void {
  entity.add('topics', 'sanction').add('notes', texts(record, 'COMMENTS1')).add('modifiedAt', values(record, 'LAST_DAY_UPDATED'))
  if (entity.schema.name !== 'Person') return
  entity.add('title', values(record, 'TITLE')).add('position', values(record, 'DESIGNATION'))
  entity.add('nationality', values(record, 'NATIONALITY')).add('gender', texts(record, 'GENDER'))
}

/** The listing: which sanctions regime, since when, under which UN reference. */
export function sanctionOf(ctx: ImportContext, entity: EntityDraft, record: XmlNode): EntityDraft {
  return ctx
    .entity('Sanction', makeId(entity.id, 'sanction'), entity.source)
    .add('entity', entity.id)
    .add('authority', 'United Nations Security Council')
    .add('program', texts(record, 'UN_LIST_TYPE'))
    .add('listingDate', texts(record, 'LISTED_ON'))
    .add('unscId', texts(record, 'REFERENCE_NUMBER'))
}
