/** The name-part vocabularies of resources/name-parts.yaml, as sets of folded tokens and phrases. */
import { readFileSync } from 'node:fs'
import { parse } from 'yaml'
import { resourcePath } from '../resources.js'
import { foldText } from '../text/normalize.js'

interface NamePartsFile {
  person_titles: string[]
  person_particles: string[]
  org_legal_forms: string[]
  org_stopwords: string[]
}

const raw = parse(readFileSync(resourcePath('name-parts.yaml'), 'utf-8')) as NamePartsFile
const folded = (words: string[]) => new Set(words.map(foldText).filter(Boolean))

export const PERSON_TITLES = folded(raw.person_titles)
export const PERSON_PARTICLES = folded(raw.person_particles)
export const ORG_STOPWORDS = folded(raw.org_stopwords)
/** Legal forms, some of several tokens ("sdn bhd"); matched as whole token runs. */
export const ORG_LEGAL_FORMS = folded(raw.org_legal_forms)
export const LONGEST_LEGAL_FORM = Math.max(...[...ORG_LEGAL_FORMS].map((f) => f.split(' ').length))
