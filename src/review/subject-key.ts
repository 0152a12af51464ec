/**
 * Which subject a screening was about, as one string: the client's id when it gave one (a customer
 * number stays the same customer when a name is corrected), otherwise the folded names and the key
 * facts that tell namesakes apart. Whitelists and open alerts are looked up by this key.
 */
import { foldText } from '../text/normalize.js'
import type { Subject } from './screened-hit.js'

const NAME_PROPS = ['name', 'alias', 'firstName', 'lastName']
// Facts that make two "John Smith"s different subjects: a decision on one must not clear the other.
const KEY_PROPS = ['birthDate', 'nationality', 'country', 'jurisdiction', 'idNumber', 'passportNumber', 'registrationNumber', 'taxNumber', 'imoNumber']

export function subjectKey(subject: Subject): string {
  if (subject.id) return `id:${subject.id}`
  const values = (props: string[]) => props.flatMap((p) => (subject.properties[p] ?? []).map((v) => `${p}=${foldText(String(v))}`)).sort()
  return ['subject', subject.schema, ...values(NAME_PROPS), ...values(KEY_PROPS)].join('|')
}

/** A readable name for lists and searches. */
export function subjectName(subject: Subject): string {
  const name = subject.properties.name?.[0] ?? [subject.properties.firstName?.[0], subject.properties.lastName?.[0]].filter(Boolean).join(' ')
  return String(name || subject.id || '(no name)')
}
