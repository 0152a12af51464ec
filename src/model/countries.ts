/** Country names and codes as lists write them, to the ISO 3166-1 alpha-2 codes FtM stores. */
import { readFileSync } from 'node:fs'
import countries from 'i18n-iso-countries'
import { parse } from 'yaml'
import { resourcePath } from '../resources.js'

const LANGS = ['en', 'fr', 'de', 'es', 'ru', 'ar'] as const
for (const lang of LANGS) {
  countries.registerLocale(require_(`i18n-iso-countries/langs/${lang}.json`))
}

function require_(id: string): countries.LocaleData {
  return JSON.parse(readFileSync(new URL(import.meta.resolve(id)), 'utf-8')) as countries.LocaleData
}

const aliases = new Map<string, string>(
  Object.entries((parse(readFileSync(resourcePath('countries.yaml'), 'utf-8')) as { aliases: Record<string, string> }).aliases),
)

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
  const text = raw.trim()
  if (/^[a-z]{2}$/i.test(text) && countries.isValid(text.toUpperCase())) return text.toLowerCase()
  if (/^[a-z]{3}$/i.test(text) && countries.isValid(text.toUpperCase())) {
    return countries.alpha3ToAlpha2(text.toUpperCase())?.toLowerCase()
  }
  // OFAC writes "Region: Gaza" for places that are not countries.
  const k = key(text.replace(/^region:\s*/i, ''))
  const alias = aliases.get(k)
  if (alias) return alias
  for (const lang of LANGS) {
    const code = countries.getAlpha2Code(text.replace(/^region:\s*/i, ''), lang)
    if (code) return code.toLowerCase()
  }
  return undefined
}

/** The English name of a code, for display. */
export function countryName(code: string): string | undefined {
  return countries.getName(code.toUpperCase(), 'en') ?? undefined
}
