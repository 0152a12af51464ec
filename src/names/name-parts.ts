/** The name-part vocabularies of resources/name-parts.yaml, as sets and maps of folded tokens and phrases. */
import { readFileSync } from 'node:fs'
import { parse } from 'yaml'
import { resourcePath } from '../resources.js'
import { foldText } from '../text/normalize.js'
import { canonicalToken } from './name-variants.js'

interface NamePartsFile {
  person_titles: string[]
  person_particles: string[]
  person_common: string[]
  org_legal_forms: Record<string, string[]>
  org_stopwords: string[]
  org_synonyms: Record<string, string[]>
  vessel_prefixes: string[]
  org_markers: string[]
}

const raw = parse(readFileSync(resourcePath('name-parts.yaml'), 'utf-8')) as NamePartsFile
const folded = (words: string[]) => new Set(words.map(foldText).filter(Boolean))

/** Phrase (folded) → the word it stands for, from a `{ word: [phrases] }` table. */
function phraseMap(table: Record<string, string[]>): Map<string, string> {
  const map = new Map<string, string>()
  for (const [code, phrases] of Object.entries(table)) {
    for (const p of [code, ...phrases]) if (foldText(p)) map.set(foldText(p), code)
  }
  return map
}

const longest = (phrases: Iterable<string>) => Math.max(1, ...[...phrases].map((p) => p.split(' ').length))

export const PERSON_TITLES = folded(raw.person_titles)
export const PERSON_PARTICLES = folded(raw.person_particles)
/** Frequent words of person names: compared, but never weighed like a rare surname. */
export const PERSON_COMMON = new Set([...folded(raw.person_common)].map(canonicalToken))
export const ORG_STOPWORDS = folded(raw.org_stopwords)
/** Legal-form phrase → its code ("aktiengesellschaft" → "ag"); some phrases are several tokens. */
export const ORG_LEGAL_FORMS = phraseMap(raw.org_legal_forms)
export const LONGEST_LEGAL_FORM = longest(ORG_LEGAL_FORMS.keys())
/** Abbreviation → the word it abbreviates ("intl" → "international"). */
export const ORG_SYNONYMS = phraseMap(raw.org_synonyms)
export const LONGEST_SYNONYM = longest(ORG_SYNONYMS.keys())
export const VESSEL_PREFIXES = folded(raw.vessel_prefixes)
export const ORG_MARKERS = folded(raw.org_markers)
/** Titles of several tokens ("his excellency"). */
export const LONGEST_TITLE = longest(PERSON_TITLES)
