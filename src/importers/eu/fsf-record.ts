/**
 * One FSF row read into its parts. Besides the entity's own columns, a row fills one record group:
 * a name (Naal_), an address (Addr_), a birth (Birt_), an identification (Iden_) or a citizenship
 * (Citi_); the group's logical id says which.
 */
import { FSF } from './fsf-columns.js'

export interface FsfName {
  logicalId: string
  wholeName: string
  firstName: string
  middleName: string
  lastName: string
  gender: string
  title: string
  function: string
  language: string
}

export interface FsfAddress {
  logicalId: string
  number: string
  street: string
  zipCode: string
  city: string
  country: string
  other: string
}

export interface FsfRecord {
  line: number
  fileDate: string
  entityId: string
  subjectType: string
  regulation: string
  publicationDate: string
  url: string
  programme: string
  remark: string
  euRefNum: string
  name?: FsfName
  address?: FsfAddress
  birth?: { logicalId: string; date: string; place: string; country: string }
  identification?: { logicalId: string; number: string; country: string }
  citizenship?: { logicalId: string; country: string }
}

/** Read the fields of one row. The FSF writes line breaks inside a text as a literal "\n". */
export function readFsfRecord(fields: string[], line: number): FsfRecord {
  const f = (i: number) => (fields[i] ?? '').replace(/\\n/g, ' ').trim()
  const has = (i: number) => f(i) !== ''
  return {
    line,
    fileDate: f(FSF.fileDate),
    entityId: f(FSF.entityId),
    subjectType: f(FSF.subjectType),
    regulation: f(FSF.regulation),
    publicationDate: f(FSF.publicationDate),
    url: f(FSF.url),
    programme: f(FSF.programme),
    remark: f(FSF.remark),
    euRefNum: f(FSF.euRefNum),
    name: has(FSF.nameId)
      ? {
          logicalId: f(FSF.nameId),
          wholeName: f(FSF.wholeName),
          firstName: f(FSF.firstName),
          middleName: f(FSF.middleName),
          lastName: f(FSF.lastName),
          gender: f(FSF.gender),
          title: f(FSF.title),
          function: f(FSF.function),
          language: f(FSF.language),
        }
      : undefined,
    address: has(FSF.addressId)
      ? {
          logicalId: f(FSF.addressId),
          number: f(FSF.number),
          street: f(FSF.street),
          zipCode: f(FSF.zipCode),
          city: f(FSF.city),
          country: f(FSF.addressCountry),
          other: f(FSF.addressOther),
        }
      : undefined,
    birth: has(FSF.birthId) ? { logicalId: f(FSF.birthId), date: f(FSF.birthDate), place: f(FSF.birthPlace), country: f(FSF.birthCountry) } : undefined,
    identification: has(FSF.idId) ? { logicalId: f(FSF.idId), number: f(FSF.idNumber), country: f(FSF.idCountry) } : undefined,
    citizenship: has(FSF.citizenshipId) ? { logicalId: f(FSF.citizenshipId), country: f(FSF.citizenship) } : undefined,
  }
}
