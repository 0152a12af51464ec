/** The algorithms Vigil offers, by name; `GET /algorithms` documents itself from these objects. */
import { AppError } from '../errors.js'
import type { Algorithm } from './algorithm.js'
import { birthDateMatch, birthDateMismatch } from './features/birth-date.js'
import { countryMismatch } from './features/country.js'
import { genderMismatch } from './features/gender.js'
import { identifierMatch } from './features/identifier.js'
import { nameMatch } from './features/name-match.js'
import { numberMismatch } from './features/number-mismatch.js'
import { ofacNameMatch } from './features/ofac-name.js'
import { schemaMismatch } from './features/schema.js'
import { weakAliasMatch } from './features/weak-alias.js'

export const VIGIL_V1: Algorithm = {
  name: 'vigil-v1',
  description: 'Transliteration-aware name alignment weighed by token rarity, with birth dates, countries, identifiers and gender as evidence for and against.',
  threshold: 0.7,
  features: [
    { feature: nameMatch, weight: 1, group: 'name' },
    { feature: weakAliasMatch, weight: 0.8, group: 'name' },
    { feature: identifierMatch, weight: 0.35 },
    { feature: birthDateMatch, weight: 0.08 },
    // Both known and different: a namesake, unless the name is exact. An exact name (1.0) less 0.3
    // stays at the threshold; 0.95 falls to 0.65. A country is weaker evidence (dual nationality,
    // residence abroad): only a name of 0.95 or better survives it.
    { feature: birthDateMismatch, weight: -0.3 },
    { feature: countryMismatch, weight: -0.25 },
    { feature: numberMismatch, weight: -0.3 },
    { feature: genderMismatch, weight: -0.2 },
    { feature: schemaMismatch, weight: -1 },
  ],
}

export const NAME_ONLY: Algorithm = {
  name: 'name-only',
  description: 'Names alone (strong names and weak aliases), for lists of bare names.',
  threshold: 0.7,
  features: [
    { feature: nameMatch, weight: 1, group: 'name' },
    { feature: weakAliasMatch, weight: 0.8, group: 'name' },
    { feature: numberMismatch, weight: -0.3 },
    { feature: schemaMismatch, weight: -1 },
  ],
}

export const OFAC: Algorithm = {
  name: 'ofac',
  description: "OFAC Sanctions List Search's score (Jaro-Winkler and Soundex on names alone), for teams that calibrate against that tool.",
  // The tool's slider set to 85. Its default, 100, keeps exact names only and misses "USAMA BIN LADIN"
  // vs "BIN LADEN, Usama" (97) and "AL-QAEDA" vs "AL QAIDA" (90). 85 still keeps "MEHMOOD, Dr.
  // Bashir Uddin" for "MAHMOOD AHMED BASHIR-UD-DIN" (86), at the price of namesakes that share a
  // first name ("GEORGE BUSH" vs "GEORGIOU, Georgios", 86); "ESCOBAR" vs "ESSABAR, Zakariya" (82)
  // and the rest of the one-shared-part tail fall below it.
  threshold: 0.85,
  features: [{ feature: ofacNameMatch, weight: 1 }],
}

export const ALGORITHMS: readonly Algorithm[] = [VIGIL_V1, NAME_ONLY, OFAC]
export const DEFAULT_ALGORITHM = VIGIL_V1

// Clients written for yente name its algorithms; they get Vigil's default, which the response names.
const YENTE_NAMES = new Set(['best', 'logic-v1', 'logic-v2', 'regression-v1', 'regression-v2', 'name-qualified', 'name-based'])

/** The algorithm of that name (yente's names map to the default), or an error listing the known ones. */
export function getAlgorithm(name: string | undefined): Algorithm {
  if (name === undefined || YENTE_NAMES.has(name)) return DEFAULT_ALGORITHM
  const found = ALGORITHMS.find((a) => a.name === name)
  if (!found) throw new AppError('bad_input', `Unknown algorithm '${name}'. Known: ${ALGORITHMS.map((a) => a.name).join(', ')}.`)
  return found
}
