// Data for the speed benchmark: seeded synthetic persons and companies from @faker-js/faker in many
// locales and scripts, and a query set of real listed names with variations plus names on no list.
// Everything is deterministic: the same seed gives the same entities and the same queries.
import * as fakers from '@faker-js/faker'

// Locale, the country its people and companies get, and legal forms written the local way.
const LOCALES = [
  ['EN_US', 'us', ['LLC', 'Inc.', 'Corp.']],
  ['EN_GB', 'gb', ['Ltd', 'PLC', 'LLP']],
  ['DE', 'de', ['GmbH', 'AG', 'KG']],
  ['FR', 'fr', ['SARL', 'SA', 'SAS']],
  ['ES', 'es', ['S.L.', 'S.A.']],
  ['IT', 'it', ['S.r.l.', 'S.p.A.']],
  ['RU', 'ru', ['ООО', 'АО', 'ПАО']],
  ['UK', 'ua', ['ТОВ', 'ПрАТ']],
  ['AR', 'ae', ['ش.م.م', 'FZE', 'LLC']],
  ['FA', 'ir', ['سهامی خاص', 'Co.']],
  ['ZH_CN', 'cn', ['有限公司', 'Co., Ltd.']],
  ['JA', 'jp', ['株式会社', 'K.K.']],
  ['KO', 'kr', ['주식회사', 'Co., Ltd.']],
  ['EL', 'gr', ['Α.Ε.', 'Ε.Π.Ε.']],
  ['HE', 'il', ['בע"מ', 'Ltd']],
  ['KA_GE', 'ge', ['შპს', 'LLC']],
  ['HY', 'am', ['ՍՊԸ', 'CJSC']],
  ['TR', 'tr', ['A.Ş.', 'Ltd. Şti.']],
  ['VI', 'vn', ['TNHH', 'JSC']],
  ['PL', 'pl', ['Sp. z o.o.', 'S.A.']],
  ['PT_BR', 'br', ['Ltda.', 'S.A.']],
  ['NL', 'nl', ['B.V.', 'N.V.']],
  ['TH', 'th', ['จำกัด', 'Co., Ltd.']],
  ['UR', 'pk', ['(Pvt) Ltd', 'Ltd']],
]

const ISO = (date) => date.toISOString().slice(0, 10)
const SEEN = '2026-01-01T00:00:00'

/** `count` synthetic entities, 60% persons and 40% companies, spread over the locales. */
export function* generateSynthetic(count, seed = 42) {
  const locales = LOCALES.map(([code, country, forms], i) => {
    // biome-ignore lint/performance/noDynamicNamespaceImportAccess: one faker per locale, chosen by code; bench code, size does not matter
    const faker = fakers[`faker${code}`]
    faker.seed(seed * 1000 + i)
    return { faker, country, forms }
  })
  for (let i = 0; i < count; i++) {
    const locale = locales[i % locales.length]
    yield i % 5 < 3 ? syntheticPerson(i, locale) : syntheticCompany(i, locale)
  }
}

function syntheticPerson(i, { faker, country }) {
  const sex = faker.person.sexType()
  const properties = {
    name: [faker.person.fullName({ sex })],
    birthDate: [ISO(faker.date.birthdate({ min: 18, max: 90, mode: 'age' }))],
    nationality: [i % 7 === 0 ? faker.location.countryCode().toLowerCase() : country],
    gender: [sex],
  }
  if (i % 4 === 0) properties.alias = [faker.person.fullName({ sex })]
  if (i % 6 === 0) properties.passportNumber = [faker.string.alphanumeric({ length: 9, casing: 'upper' })]
  return entity(`syn-p-${i}`, 'Person', properties)
}

function syntheticCompany(i, { faker, country, forms }) {
  const form = forms[i % forms.length]
  const name = i % 3 === 0 ? faker.company.name() : `${faker.company.name()} ${form}`
  const properties = { name: [name], country: [country], incorporationDate: [ISO(faker.date.past({ years: 40 }))] }
  if (i % 3 === 1) properties.registrationNumber = [faker.string.numeric(10)]
  return entity(`syn-c-${i}`, 'Company', properties)
}

function entity(id, schema, properties) {
  return { id, schema, caption: properties.name[0], properties, datasets: ['synthetic'], referents: [], first_seen: SEEN, last_seen: SEEN }
}

/** A small seeded PRNG (mulberry32): the query set must not change between runs. */
export function seededRandom(seed) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const KINDS = ['exact', 'typo', 'swap', 'drop']
const QUERY_SCHEMATA = new Set(['Person', 'Organization', 'Company', 'LegalEntity', 'Vessel'])

/**
 * Queries from real listed entities (the `matchables` of an index, synthetic ones skipped), one
 * variation each in turn: the name as listed, a typo, tokens swapped, a middle token dropped.
 */
export function listedQueries(matchables, count, seed = 7) {
  const random = seededRandom(seed)
  const pool = matchables
    .filter((m) => QUERY_SCHEMATA.has(m.schema) && !m.entity.datasets.includes('synthetic') && m.entity.properties.name?.[0])
    .sort((a, b) => (a.id < b.id ? -1 : 1))
  const step = Math.max(1, Math.floor(pool.length / count))
  const queries = []
  for (let i = 0; i < pool.length && queries.length < count; i += step) {
    const m = pool[i]
    const kind = KINDS[queries.length % KINDS.length]
    const { name, kind: made } = vary(m.entity.properties.name[0], kind, random)
    queries.push({ schema: m.schema, name, kind: made, expected: m.id, listed: m.entity.properties.name[0] })
  }
  return queries
}

function vary(name, kind, random) {
  const tokens = name.split(/\s+/).filter(Boolean)
  if (kind === 'swap' && tokens.length >= 2) return varied([...tokens.slice(1), tokens[0]].join(' '), 'swap')
  if (kind === 'drop' && tokens.length >= 3) return varied(tokens.filter((_, i) => i !== 1).join(' '), 'drop')
  if (kind === 'exact') return varied(name, 'exact')
  return varied(typo(tokens, random).join(' '), 'typo')
}

const varied = (name, kind) => ({ name, kind })

/** One edit in the longest token: a substitution, a deletion or a transposition. */
function typo(tokens, random) {
  const at = tokens.reduce((best, t, i) => (t.length > tokens[best].length ? i : best), 0)
  const chars = [...tokens[at]]
  if (chars.length < 4) return tokens
  const p = 1 + Math.floor(random() * (chars.length - 2))
  const edit = Math.floor(random() * 3)
  if (edit === 0) chars[p] = chars[p] === 'e' ? 'a' : 'e'
  else if (edit === 1) chars.splice(p, 1)
  else [chars[p], chars[p + 1]] = [chars[p + 1], chars[p]]
  return tokens.map((t, i) => (i === at ? chars.join('') : t))
}

const SYLLABLES = [
  'kor',
  'val',
  'mir',
  'tes',
  'qua',
  'bren',
  'dol',
  'fyr',
  'gan',
  'hul',
  'jex',
  'lorn',
  'nim',
  'osk',
  'pell',
  'rav',
  'sut',
  'thorn',
  'ub',
  'wyl',
  'zan',
  'eth',
  'ix',
  'oma',
]

/** Invented names on no list (persons and companies), for the query stream's many misses. */
export function unlistedQueries(count, seed = 11) {
  const random = seededRandom(seed)
  const word = (parts) => {
    const w = Array.from({ length: parts }, () => SYLLABLES[Math.floor(random() * SYLLABLES.length)]).join('')
    return w[0].toUpperCase() + w.slice(1)
  }
  return Array.from({ length: count }, (_, i) =>
    i % 2 === 0
      ? { schema: 'Person', name: `${word(2)} ${word(3)}`, kind: 'unlisted', expected: null }
      : { schema: 'Company', name: `${word(3)} ${word(2)} Trading LLC`, kind: 'unlisted', expected: null },
  )
}
