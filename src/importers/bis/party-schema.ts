/**
 * The Denied Persons List does not say whether a party is a person or a company, so the name decides:
 * a name holding a legal form or a business word ("RADIOTESTER OOO", "AZUR AIR", "GLOBE METALS AB")
 * is an Organization, and so is a one-word name (persons are listed with given and family names:
 * "EMTRASUR", "SYNAPTIX.NET"); every other name is a Person. Brand names without such a word
 * ("KZ RESULTS") are read as persons: the rule errs towards Person, whose matching is stricter.
 */

// Compared as whole words after dots are dropped, so "S.L." reads as "SL" and "INC." as "INC".
const LEGAL_FORMS = [
  'INC',
  'INCORPORATED',
  'LLC',
  'LTD',
  'LIMITED',
  'CORP',
  'CORPORATION',
  'CO',
  'COMPANY',
  'GMBH',
  'AG',
  'SA',
  'SL',
  'SRL',
  'SARL',
  'AB',
  'BV',
  'NV',
  'PLC',
  'LLP',
  'PTE',
  'JSC',
  'PJSC',
  'OOO',
  'ZAO',
  'OAO',
  'FZC',
  'FZE',
  'FZCO',
  'ANSTALT',
]

const BUSINESS_WORDS = [
  'AIR',
  'AIRLINES',
  'AIRWAYS',
  'ASSOCIATES',
  'AVIATION',
  'COMMUNICATIONS',
  'COMPUTERS',
  'CONTRACTING',
  'ELECTRONIC',
  'ELECTRONICS',
  'EMPRESA',
  'ENTERPRISE',
  'ENTERPRISES',
  'EXPORT',
  'FREIGHT',
  'GROUP',
  'INDUSTRIES',
  'INTERNACIONAL',
  'INTERNATIONAL',
  'MARITIME',
  'METALS',
  'SERVICE',
  'SERVICES',
  'SUPPLY',
  'SYSTEMS',
  'TECHNIK',
  'TECHNOLOGY',
  'TRADE',
  'TRADING',
  'TRANSPORTATION',
  'VERTRIEBS',
]

const ORGANIZATION_WORDS = new Set([...LEGAL_FORMS, ...BUSINESS_WORDS])

export type PartySchema = 'Person' | 'Organization'

/** Person or Organization, by the words of the name. */
export function schemaForName(name: string): PartySchema {
  const words = name
    .toUpperCase()
    .replace(/\./g, '')
    .split(/[^A-Z0-9]+/)
    .filter(Boolean)
  if (words.length === 1) return 'Organization'
  return words.some((word) => ORGANIZATION_WORDS.has(word)) ? 'Organization' : 'Person'
}
