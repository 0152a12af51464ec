/**
 * One comparison token for every spelling of a name part: the groups of resources/name-variants.yaml
 * ("mohammed", "muhammad" → one token), then the spelling rules of text/spelling.ts for the rest.
 */
import { readFileSync } from 'node:fs'
import { parse } from 'yaml'
import { resourcePath } from '../resources.js'
import { foldText } from '../text/normalize.js'
import { spellingKey } from '../text/spelling.js'

const groups = (parse(readFileSync(resourcePath('name-variants.yaml'), 'utf-8')) as { groups: string[][] }).groups

const CANONICAL = new Map<string, string>()
for (const group of groups) {
  const canonical = spellingKey(foldText(group[0]!))
  for (const spelling of group) {
    const token = foldText(spelling)
    CANONICAL.set(token, canonical)
    CANONICAL.set(spellingKey(token), canonical)
  }
}

const KNOWN = new Set(CANONICAL.values())

/** True for the comparison token of a name in name-variants.yaml ("muhamad", "husayn"). */
export function isKnownName(token: string): boolean {
  return KNOWN.has(token)
}

/** The comparison token of a folded name token: "mohammed" → "muhamad", "dmitriy" → "dmitri". */
export function canonicalToken(token: string): string {
  const known = CANONICAL.get(token)
  if (known) return known
  const key = spellingKey(token)
  return CANONICAL.get(key) ?? key
}
