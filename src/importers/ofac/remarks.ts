/**
 * OFAC's Remarks column: semicolon-separated facts ("DOB 07 Feb 1944; nationality Syria;
 * Passport N006478882 (Syria); a.k.a. 'SSRC'; Linked To: SCIENTIFIC STUDIES AND RESEARCH CENTER.").
 * Each part becomes a typed fact; what no rule reads is kept as a note, never dropped.
 */

export type RemarkFact =
  | { kind: 'prop'; prop: string; value: string }
  | { kind: 'alias'; prop: 'alias' | 'weakAlias' | 'previousName'; value: string }
  | { kind: 'identification'; type: string; number: string; country?: string; passport: boolean }
  | { kind: 'linked'; name: string }
  | { kind: 'note'; value: string }

type Rule = [RegExp, (m: RegExpMatchArray) => RemarkFact[]]

const prop =
  (name: string) =>
  (m: RegExpMatchArray): RemarkFact[] => [{ kind: 'prop', prop: name, value: m[1]!.trim() }]

/** "N006478882 (Syria) expires 2020" → number and country. */
function identification(type: string, rest: string, passport = false): RemarkFact[] {
  const m = rest.match(/^(.+?)(?:\s*\(([^)]+)\))?(?:\s+(?:expires|issued|valid).*)?$/i)
  const number = (m?.[1] ?? rest).trim()
  return [{ kind: 'identification', type, number, country: m?.[2]?.trim(), passport }]
}

function aliases(prop: 'alias' | 'weakAlias' | 'previousName', text: string): RemarkFact[] {
  const names = [...text.matchAll(/'([^']+)'/g)].map((m) => m[1]!.trim())
  return (names.length ? names : [text.replace(/^['"]|['"]$/g, '')]).map((value) => ({ kind: 'alias', prop, value }))
}

// Order matters: the first rule whose pattern matches a part reads it.
const RULES: Rule[] = [
  [/^(?:alt\.\s*)?DOB\s+(.+)$/i, prop('birthDate')],
  [/^(?:alt\.\s*)?POB\s+(.+)$/i, prop('birthPlace')],
  [/^(?:alt\.\s*)?nationality\s+(.+)$/i, prop('nationality')],
  [/^(?:alt\.\s*)?citizen\s+(.+)$/i, prop('citizenship')],
  [/^Gender\s+(.+)$/i, prop('gender')],
  [/^(?:alt\.\s*)?Website\s+(.+)$/i, prop('website')],
  [/^(?:alt\.\s*)?Email Address\s+(.+)$/i, prop('email')],
  [/^(?:alt\.\s*)?Phone(?: Number)?\s+(.+)$/i, prop('phone')],
  [/^(?:alt\.\s*)?SWIFT\/BIC\s+(.+)$/i, prop('swiftBic')],
  [/^(?:Vessel Registration Identification )?IMO\s+(\d{7})$/i, prop('imoNumber')],
  [/^Identification Number IMO\s+(\d{7})$/i, prop('imoNumber')],
  [/^MMSI\s+(.+)$/i, prop('mmsi')],
  [/^Organization Established Date\s+(.+)$/i, prop('incorporationDate')],
  [/^Title\s+(.+)$/i, prop('title')],
  [/^Linked To:\s*(.+)$/i, (m) => [{ kind: 'linked', name: m[1]!.trim().replace(/\.$/, '') }]],
  [/^a\.k\.a\.?,?\s*(.+)$/i, (m) => aliases('alias', m[1]!)],
  [/^(?:f\.k\.a\.?|formerly known as),?\s*(.+)$/i, (m) => aliases('previousName', m[1]!)],
  [/^n\.k\.a\.?,?\s*(.+)$/i, (m) => aliases('alias', m[1]!)],
  [/^(?:alt\.\s*)?Passport\s+(.+)$/i, (m) => identification('Passport', m[1]!, true)],
  [/^(?:alt\.\s*)?Tax ID No\.\s*(.+)$/i, (m) => [...identification('Tax ID', m[1]!), { kind: 'prop', prop: 'taxNumber', value: firstToken(m[1]!) }]],
  [
    /^(?:alt\.\s*)?(Registration (?:Number|ID)|Business Registration Number|Company Number|Commercial Registry Number|C\.R\. No\.|Unified Social Credit Code(?: \(USCC\))?|Economic Register Number(?: \(CBLS\))?|Folio Mercantil No\.|Government Gazette Number|Legal Entity Number)\s+(.+)$/i,
    (m) => [...identification(m[1]!, m[2]!), { kind: 'prop', prop: 'registrationNumber', value: firstToken(m[2]!) }],
  ],
  [
    /^(?:alt\.\s*)?(National ID No\.|Cedula No\.|Identification Number|Personal ID Card|NIT #|RFC|CURP #|Kenyan ID No\.|SSN|Residency Number|Driver's License No\.|D\.N\.I\.|Birth Certificate Number|Voter ID Number|Citizen's Card Number|Bosnian Personal ID No\.|Immigration No\.|Refugee ID Card)\s*(.+)$/i,
    (m) => [...identification(m[1]!.replace(/\.$/, ''), m[2]!), { kind: 'prop', prop: 'idNumber', value: firstToken(m[2]!) }],
  ],
]

function firstToken(text: string): string {
  return text.replace(/\s*\(.*$/, '').trim()
}

/** Read each part of the remarks. */
export function parseRemarks(remarks: string): RemarkFact[] {
  return splitParts(remarks).flatMap(readPart)
}

function readPart(part: string): RemarkFact[] {
  for (const [pattern, read] of RULES) {
    const m = part.match(pattern)
    if (m) return read(m)
  }
  return [{ kind: 'note', value: part }]
}

function splitParts(remarks: string): string[] {
  // OFAC separates facts with "; "; a bare ";" also occurs inside some addresses and is kept.
  return remarks
    .split(/;\s+/)
    .map((p) => p.trim().replace(/\.$/, '').trim())
    .filter(Boolean)
}
