/** Country names, adjectives and codes as lists write them, to the ISO 3166-1 alpha-2 codes FtM stores. */
import { readFileSync } from 'node:fs'
import countries from 'i18n-iso-countries'
import { parse } from 'yaml'
import { resourcePath } from '../resources.js'

const LANGS = ['en', 'fr', 'de', 'es', 'ru', 'ar'] as const
for (const lang of LANGS) countries.registerLocale(readJson(`i18n-iso-countries/langs/${lang}.json`))

function readJson(id: string): countries.LocaleData {
  return JSON.parse(readFileSync(new URL(import.meta.resolve(id)), 'utf-8')) as countries.LocaleData
}

function readTable(file: string, key: string): Map<string, string> {
  return new Map(Object.entries((parse(readFileSync(resourcePath(file), 'utf-8')) as Record<string, Record<string, string>>)[key]!))
}

const aliases = readTable('countries.yaml', 'aliases')
const demonyms = readTable('demonyms.yaml', 'demonyms')
// Codes FtM uses beyond ISO (xk Kosovo, su Soviet Union, eu): any code the alias table maps to.
const extraCodes = new Set(aliases.values())
// The same few hundred values recur on thousands of rows, and the ISO tables are slow to search.
const memo = new Map<string, string | undefined>()

/** Lower case, no accents, punctuation as spaces: "Korea, North" → "korea north". */
function key(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}

/** The lower-case alpha-2 code for a country name or code, or undefined when it is not a country. */
export function countryCode(raw: string): string | undefined {
  if (!memo.has(raw)) memo.set(raw, lookUp(raw.trim()))
  return memo.get(raw)
}

/** The code of a nationality adjective ("Syrian") or, failing that, of a country name or code. */
export function nationalityCode(raw: string): string | undefined {
  return demonyms.get(key(raw)) ?? countryCode(raw)
}

function lookUp(text: string): string | undefined {
  if (/^[a-z]{2}$/i.test(text) && (countries.isValid(text.toUpperCase()) || extraCodes.has(text.toLowerCase()))) {
    return text.toLowerCase()
  }
  if (/^[a-z]{3}$/i.test(text) && countries.isValid(text.toUpperCase())) {
    return countries.alpha3ToAlpha2(text.toUpperCase())?.toLowerCase()
  }
  // OFAC writes "Region: Gaza" for places that are not countries.
  const name = text.replace(/^region:\s*/i, '')
  const alias = aliases.get(key(name))
  if (alias) return alias
  for (const lang of LANGS) {
    const code = countries.getAlpha2Code(name, lang)
    if (code) return code.toLowerCase()
  }
  return undefined
}

/** The English name of a code, for display. */
export function countryName(code: string): string | undefined {
  return countries.getName(code.toUpperCase(), 'en') ?? undefined
}
