/**
 * A name prepared for comparison: romanized, folded, split into tokens, with the parts that say
 * little (titles, particles, legal forms, stopwords) set apart. One written name may give several
 * forms when its script has several romanizations.
 */
import { hasNonLatin } from '../text/normalize.js'
import { phoneticKey } from '../text/phonetic.js'
import { romanize } from '../text/transliterate.js'
import { LONGEST_LEGAL_FORM, ORG_LEGAL_FORMS, ORG_STOPWORDS, PERSON_PARTICLES, PERSON_TITLES } from './name-parts.js'

export type NameKind = 'person' | 'organization' | 'other'

export interface NameForm {
  /** The name as written. */
  original: string
  /** Folded, romanized tokens that identify: what is compared and indexed. */
  tokens: string[]
  /** Legal forms found in an organization name ("llc", "gmbh"), compared separately. */
  legalForms: string[]
  /** True when the name was written in a non-Latin script and romanized. */
  romanized: boolean
}

/** Every comparable form of one written name. */
export function analyzeName(name: string, kind: NameKind): NameForm[] {
  const romanized = hasNonLatin(name)
  return romanize(name).map((latin) => formOf(name, latin.split(' ').filter(Boolean), kind, romanized))
}

function formOf(original: string, tokens: string[], kind: NameKind, romanized: boolean): NameForm {
  if (kind === 'person') return { original, tokens: personTokens(tokens), legalForms: [], romanized }
  if (kind === 'organization') return { original, ...orgTokens(tokens), romanized }
  return { original, tokens, legalForms: [], romanized }
}

/** Drop titles and particles, unless nothing would be left. */
function personTokens(tokens: string[]): string[] {
  const kept = tokens.filter((t) => !PERSON_TITLES.has(t) && !PERSON_PARTICLES.has(t))
  return kept.length > 0 ? kept : tokens
}

/** Split off legal forms (longest first) and stopwords, unless nothing would be left. */
function orgTokens(tokens: string[]): { tokens: string[]; legalForms: string[] } {
  const kept: string[] = []
  const legalForms: string[] = []
  for (let i = 0; i < tokens.length; ) {
    const form = longestLegalForm(tokens, i)
    if (form) {
      legalForms.push(form)
      i += form.split(' ').length
      continue
    }
    if (!ORG_STOPWORDS.has(tokens[i]!)) kept.push(tokens[i]!)
    i++
  }
  return kept.length > 0 ? { tokens: kept, legalForms } : { tokens, legalForms: [] }
}

function longestLegalForm(tokens: string[], start: number): string | undefined {
  for (let n = Math.min(LONGEST_LEGAL_FORM, tokens.length - start); n > 0; n--) {
    const phrase = tokens.slice(start, start + n).join(' ')
    if (ORG_LEGAL_FORMS.has(phrase)) return phrase
  }
  return undefined
}

/** The phonetic keys of a form's tokens. */
export function phoneticKeys(form: NameForm): string[] {
  return form.tokens.map(phoneticKey).filter((k): k is string => k !== undefined)
}

/** The kind of name a schema carries. */
export function nameKindOf(schema: string, isA: (schema: string, parent: string) => boolean): NameKind {
  if (isA(schema, 'Person')) return 'person'
  if (isA(schema, 'Organization') || isA(schema, 'LegalEntity')) return 'organization'
  return 'other'
}
