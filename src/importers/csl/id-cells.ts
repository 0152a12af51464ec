/**
 * The CSL's `ids` column: "Type, value[, CC]" parts separated by "; ", e.g.
 * "Passport, 836238033, KP; Gender, Male; Secondary sanctions risk:, North Korea Sanctions …".
 * Despite its name it mixes identifiers with other facts; each part's type says what it is.
 */

export type IdFact =
  /** A document: becomes an Identification (or Passport) entity, and `prop` on the holder when set. */
  | { kind: 'document'; type: string; number: string; country?: string; passport: boolean; prop?: string }
  /** A plain property of the listed party (website, gender, incorporation date…). */
  | { kind: 'property'; prop: string; value: string }
  /** A term of the sanction (directive determinations, listing dates under a programme…). */
  | { kind: 'provision'; value: string }
  | { kind: 'note'; value: string }

type Rule = [RegExp, (type: string, value: string, country?: string) => IdFact]

const doc =
  (prop?: string, passport = false) =>
  (type: string, number: string, country?: string): IdFact => ({ kind: 'document', type, number, country, passport, prop })
const property =
  (prop: string) =>
  (_type: string, value: string): IdFact => ({ kind: 'property', prop, value })
const provision = (type: string, value: string): IdFact => ({ kind: 'provision', value: `${type}: ${value}` })
const note = (type: string, value: string): IdFact => ({ kind: 'note', value: `${type}: ${value}` })

// The first rule whose pattern matches the part's type (its text before the first comma) reads it.
const RULES: Rule[] = [
  [/passport/i, doc('passportNumber', true)],
  [/^(tax id no\.|nit #|r\.?f\.?c\.?|ruc #|italian fiscal code|us fein|c\.u\.i\.t\.|.*tax identification number)$/i, doc('taxNumber')],
  [/^v\.a\.t\. number$/i, doc('vatCode')],
  [/^unified social credit code/i, doc('uscCode')],
  [/^(legal entity number|le number)$/i, doc('leiCode')],
  [
    /^(registration (id|number)|business registration (number|document #)|(uk )?company number|certificate of incorporation number|c\.r\. no\.|public registration number|government gazette number|registered charity no\.)$/i,
    doc('registrationNumber'),
  ],
  [/^ssn$/i, doc('socialSecurityNumber')],
  [
    /(id no\.|id card|cedula|d\.n\.i\.|c\.u\.r\.p\.|identification number|electoral|national foreign id|immigration no\.|travel document|driver's license|visanumberid)/i,
    doc('idNumber'),
  ],
  [/^equity ticker$/i, note],
  [/^website$/i, property('website')],
  [/^email address$/i, property('email')],
  [/^(phone|telephone)( number)?$/i, property('phone')],
  [/^gender$/i, property('gender')],
  [/^swift\/bic$/i, property('swiftBic')],
  [/^issuer name$/i, property('alias')],
  [/^organization established date$/i, property('incorporationDate')],
  [/^organization type:?$/i, property('legalForm')],
  [/^(nationality of registration|nationality country)$/i, property('country')],
  [/^aircraft model$/i, property('model')],
  [/^aircraft manufacturer's serial number/i, property('serialNumber')],
  [/^aircraft tail number$/i, property('registrationNumber')],
  [/^aircraft manufacture date$/i, property('buildDate')],
  [/(directive|sanctions risk|listing date|effective date|divestment date|transactions prohibited|caatsa|ifca|additional sanctions information)/i, provision],
  [
    /^vessel registration identification$/i,
    (type, value, country) =>
      /^IMO \d{7}$/.test(value) ? { kind: 'property', prop: 'imoNumber', value: value.slice(4) } : doc('registrationNumber')(type, value, country),
  ],
]

/** Read the ids cell into facts; a part no rule knows is a document when it holds a digit, else a note. */
export function parseIdCell(cell: string): IdFact[] {
  return cell
    .split(/;\s+/)
    .map((part) => part.trim())
    .filter(Boolean)
    .map(readPart)
}

function readPart(part: string): IdFact {
  const [type = '', ...rest] = part.split(/,\s*/)
  // A two-letter code after the value is the issuing country: "Passport, U00242309, TR".
  const last = rest.at(-1)
  const country = rest.length > 1 && last && /^[A-Z]{2}$/.test(last) ? rest.pop() : undefined
  const value = rest.join(', ').trim()
  // "Secondary sanctions risk:" and "… Directive Determination -" end in punctuation.
  const label = type.trim().replace(/[:\s-]+$/, '')
  if (!value) return { kind: 'note', value: label }
  for (const [pattern, read] of RULES) {
    if (pattern.test(label)) return read(label, value, country)
  }
  return /\d/.test(value) ? doc()(label, value, country) : note(label, value)
}
