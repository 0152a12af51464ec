/** The listed party of one CSL row: schema, names, addresses, birth facts, vessel particulars. */
import { createHash } from 'node:crypto'
import { makeId, type EntityDraft } from '../../model/entity-draft.js'
import { splitPersonName } from '../ofac/fields.js'
import { splitList, type CslRow } from './columns.js'
import type { CslSource } from './sources.js'

// The CSL leaves `type` blank for the Commerce and State lists, which do not say whether a party is
// a person or a company: LegalEntity keeps that open, as OpenSanctions does.
const SCHEMA_BY_TYPE: Record<string, string> = {
  individual: 'Person',
  entity: 'Organization',
  vessel: 'Vessel',
  aircraft: 'Airplane',
}

// The Nonproliferation (ISN) list appends this clause to the name; it is a scope, not a name.
const SUCCESSOR_CLAUSE = /;\s*and any successor, sub-unit, or subsidiary thereof\.?$/i

export function schemaOf(row: CslRow): string {
  return SCHEMA_BY_TYPE[row.type.toLowerCase()] ?? 'LegalEntity'
}

/** `trade-csl-<_id>`; a row without an _id gets a stable hash of its list and name instead. */
export function partyId(row: CslRow): string {
  if (row._id) return makeId('trade-csl', row._id)
  const hash = createHash('sha1').update(`${row.source}\u0000${row.name}`).digest('hex').slice(0, 24)
  return makeId('trade-csl', hash)
}

export function applyNames(entity: EntityDraft, row: CslRow, source: CslSource) {
  const name = row.name.replace(SUCCESSOR_CLAUSE, '').trim()
  entity.add('name', name).add('alias', splitList(row.alt_names))
  if (name !== row.name.trim()) entity.add('notes', 'Listed with any successor, sub-unit, or subsidiary thereof.')
  // Only the Treasury lists write persons as "LAST, First".
  if (entity.schema.name === 'Person' && /treasury/i.test(source.agency)) {
    const { firstName, lastName } = splitPersonName(name)
    entity.add('firstName', firstName).add('lastName', lastName)
  }
}

/** Addresses end in an ISO country code ("…, Moscow, 119121, RU"); only the code is read as the country. */
export function applyAddresses(entity: EntityDraft, row: CslRow) {
  for (const address of splitList(row.addresses)) {
    entity.add('address', address)
    const code = address.match(/,\s*([A-Z]{2})$/)?.[1] ?? (/^[A-Z]{2}$/.test(address) ? address : undefined)
    entity.add('country', code)
  }
}

export function applyPersonFacts(entity: EntityDraft, row: CslRow) {
  const person = entity.schema.name === 'Person'
  entity.add(person ? 'nationality' : 'country', splitList(row.nationalities))
  entity.add(person ? 'citizenship' : 'country', splitList(row.citizenships))
  if (person) {
    entity.add('birthDate', splitList(row.dates_of_birth)).add('birthPlace', splitList(row.places_of_birth)).add('position', row.title)
    return
  }
  // Non-persons never carry birth facts in the lists seen so far; keep them readable if one does.
  for (const dob of splitList(row.dates_of_birth)) entity.add('notes', `Date of birth: ${dob}`)
  for (const pob of splitList(row.places_of_birth)) entity.add('notes', `Place of birth: ${pob}`)
  if (row.title) entity.add('notes', `Title: ${row.title}`)
}

export function applyVessel(entity: EntityDraft, row: CslRow) {
  if (entity.schema.name === 'Vessel') {
    entity
      .add('callSign', row.call_sign)
      .add('type', row.vessel_type)
      .add('tonnage', row.gross_tonnage)
      .add('grossRegisteredTonnage', row.gross_registered_tonnage)
      .add('flag', row.vessel_flag)
  } else {
    const particulars = [
      ['Call sign', row.call_sign],
      ['Vessel type', row.vessel_type],
      ['Flag', row.vessel_flag],
    ]
    for (const [label, value] of particulars) if (value) entity.add('notes', `${label}: ${value}`)
  }
  if (row.vessel_owner) entity.add('notes', `Vessel owner: ${row.vessel_owner}`)
}
