/** What UN records say only about people: birth dates and places, and identity documents. */
import { makeId, type EntityDraft } from '../../model/entity-draft.js'
import type { ImportContext } from '../types.js'
import { children, text, texts, type XmlNode } from './xml-record.js'

/** Birth dates: an exact date, a year, or a FROM_YEAR–TO_YEAR range whose two ends are both kept. */
export function applyBirthDates(person: EntityDraft, record: XmlNode): void {
  for (const birth of children(record, 'INDIVIDUAL_DATE_OF_BIRTH')) {
    const dates = ['DATE', 'YEAR', 'FROM_YEAR', 'TO_YEAR'].flatMap((tag) => texts(birth, tag))
    person.add('birthDate', dates)
    const type = text(birth, 'TYPE_OF_DATE')
    // An approximate date is still the best match key, but a reader should know it is one.
    if (type === 'APPROXIMATELY' && dates.length) person.add('notes', `Date of birth approximately ${dates.join(', ')}`)
    const note = text(birth, 'NOTE')
    if (note) person.add('notes', `Date of birth: ${note}`)
  }
}

/** Birth places as "city, province, country", and the country on its own. */
export function applyBirthPlaces(person: EntityDraft, record: XmlNode): void {
  for (const place of children(record, 'INDIVIDUAL_PLACE_OF_BIRTH')) {
    const parts = ['CITY', 'STATE_PROVINCE', 'COUNTRY'].map((tag) => text(place, tag)).filter(Boolean)
    person.add('birthPlace', parts.join(', ')).add('birthCountry', text(place, 'COUNTRY'))
    const note = text(place, 'NOTE')
    if (note) person.add('notes', `Place of birth: ${note}`)
  }
}

/** Each numbered document as a Passport or Identification entity held by the person. */
export function documentsOf(ctx: ImportContext, person: EntityDraft, record: XmlNode): EntityDraft[] {
  const byId = new Map<string, EntityDraft>()
  for (const doc of children(record, 'INDIVIDUAL_DOCUMENT')) {
    const number = text(doc, 'NUMBER')
    const type = [text(doc, 'TYPE_OF_DOCUMENT'), text(doc, 'TYPE_OF_DOCUMENT2')].filter(Boolean).join(': ')
    const country = text(doc, 'ISSUING_COUNTRY') ?? text(doc, 'COUNTRY_OF_ISSUE')
    const details = [text(doc, 'CITY_OF_ISSUE') && `Issued in ${text(doc, 'CITY_OF_ISSUE')}`, text(doc, 'NOTE')].filter(Boolean).join('. ')
    if (!number) {
      // Without a number there is nothing to match on, but the fact stays readable.
      person.add('notes', `Document: ${[type, country, text(doc, 'DATE_OF_ISSUE'), details].filter(Boolean).join(', ')}`)
      continue
    }
    const passport = /pass|pasaporte|passeport/i.test(type)
    person.add(passport ? 'passportNumber' : 'idNumber', number)
    const id = makeId(person.id, passport ? 'passport' : 'id', number)
    const entity = byId.get(id) ?? ctx.entity(passport ? 'Passport' : 'Identification', id, person.source)
    byId.set(
      id,
      entity
        .add('holder', person.id)
        .add('number', number)
        .add('type', type)
        .add('country', country)
        .add('startDate', texts(doc, 'DATE_OF_ISSUE'))
        .add('description', details),
    )
  }
  return [...byId.values()]
}
