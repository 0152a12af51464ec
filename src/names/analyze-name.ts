/**
 * A name prepared for comparison: romanized, folded, split into tokens in their comparison spelling,
 * with the parts that say little (titles, particles, legal forms, stopwords) set apart. One written
 * name may give several forms when its script has several romanizations.
 */
import { foldText, hasNonLatin } from '../text/normalize.js'
import { phoneticKey } from '../text/phonetic.js'
import { romanize } from '../text/transliterate.js'
import { VESSEL_PREFIXES } from './name-parts.js'
import { organizationTokens } from './organization-name.js'
import { personTokens } from './person-name.js'
import { repairDigits, splitCamelCase } from './tokens.js'

const HAN = /\p{Script=Han}/u
const HANGUL = /\p{Script=Hangul}/u
const ABJAD = /[\p{Script=Arabic}\p{Script=Hebrew}]/u

export type NameKind = 'person' | 'organization' | 'other'

export interface NameForm {
  /** The name as written. */
  original: string
  /** Comparison tokens that identify: what is compared and indexed ("muhamad", "abd", "aziz"). */
  tokens: string[]
  /** Legal-form codes found in an organization name ("llc", "gmbh"), compared separately. */
  legalForms: string[]
  /** An organization name's acronym ("ssrc"), when it has two words or more. */
  acronym?: string
  /** True when the name was written in a non-Latin script and romanized. */
  romanized: boolean
  /**
   * True when the name was written in Chinese characters (or Japanese kanji): read syllable by
   * syllable into pinyin, whose spelling is exact, so a near spelling is another syllable.
   */
  fromHan?: boolean
  /** True when the name was written in Hangul: romanized by syllable, in several conventions. */
  fromHangul?: boolean
  /** True when the name was written in Arabic script, which leaves short vowels out. */
  fromAbjad?: boolean
}

/** Every comparable form of one written name, without repeats. */
export function analyzeName(name: string, kind: NameKind): NameForm[] {
  const romanized = hasNonLatin(name)
  const han = romanized && HAN.test(name)
  const hangul = romanized && HANGUL.test(name)
  const abjad = romanized && ABJAD.test(name)
  const forms = new Map<string, NameForm>()
  for (const latin of romanize(splitCamelCase(name))) {
    const tokens = foldText(latin).split(' ').filter(Boolean).map(repairDigits)
    const form = formOf(name, tokens, kind, romanized)
    if (han) form.fromHan = true
    if (hangul) form.fromHangul = true
    if (abjad) form.fromAbjad = true
    if (form.tokens.length > 0) forms.set(form.tokens.join(' '), form)
  }
  return [...forms.values()]
}

function formOf(original: string, tokens: string[], kind: NameKind, romanized: boolean): NameForm {
  if (kind === 'person') return { original, tokens: personTokens(tokens), legalForms: [], romanized }
  const unprefixed = kind === 'other' && tokens.length > 1 && VESSEL_PREFIXES.has(tokens[0]!) ? tokens.slice(1) : tokens
  const { acronym, ...org } = organizationTokens(unprefixed)
  return { original, ...org, ...(acronym && kind === 'organization' ? { acronym } : {}), romanized }
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
