// The accuracy measures that need every real list at once (bench/accuracy.mjs):
//   negatives: the 2 × 1k validation negatives (synthetic people on no list) screened against the
//              merged lists, by the script of the name: name only, and with birth date, nationality
//              and gender;
//   crossScript: each UN person with a name in a non-Latin script, screened by that name alone,
//              against the entries of the same person in lists that write no such script.
import { readFileSync } from 'node:fs'
import { parse } from 'csv-parse/sync'

const csv = (path) =>
  /** @type {Record<string, string>[]} */ (parse(readFileSync(path, 'utf-8'), { columns: true, skip_empty_lines: true, relax_column_count: true }))
const round = (x, n = 4) => Math.round(x * 10 ** n) / 10 ** n

// Scripts a name may be written in, tested in this order; "Latin" last, since many names of other
// scripts carry Latin punctuation or digits.
/** @type {Array<[string, RegExp]>} */
const SCRIPTS = [
  ['Arabic', /\p{Script=Arabic}/u],
  ['Hangul', /\p{Script=Hangul}/u],
  ['Han', /\p{Script=Han}/u],
  ['Cyrillic', /\p{Script=Cyrillic}/u],
  ['Devanagari', /\p{Script=Devanagari}/u],
  ['Latin', /\p{Script=Latin}/u],
]

/** The script a name is written in, by its first letter of a known script. */
export function scriptOf(name) {
  return SCRIPTS.find(([, pattern]) => pattern.test(name))?.[0] ?? 'other'
}

const nonLatin = (name) => /[^\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}]/u.test(name)

/**
 * Share of validation negatives flagged as a match, per script, name only and with the qualifiers.
 * `screen(properties)` returns the screening's results.
 */
export function negativesByScript(files, screen) {
  const counts = new Map()
  const examples = []
  const count = (script, mode, flagged) => {
    const key = `${script}\u0001${mode}`
    const c = counts.get(key) ?? { script, mode, rows: 0, flagged: 0 }
    c.rows++
    if (flagged) c.flagged++
    counts.set(key, c)
  }
  for (const file of files) {
    for (const row of csv(file)) {
      const script = scriptOf(row.full_name)
      const qualified = { name: row.full_name }
      if (row.date_of_birth) qualified.birthDate = row.date_of_birth
      if (row.nationality) qualified.nationality = row.nationality
      if (row.gender) qualified.gender = row.gender
      for (const [mode, properties] of [
        ['name', { name: row.full_name }],
        ['qualified', qualified],
      ]) {
        const hit = screen(properties).find((r) => r.match)
        for (const s of [script, 'all']) count(s, mode, hit !== undefined)
        if (hit && examples.length < 40) examples.push({ mode, script, name: row.full_name, hit: hit.entity.caption, score: round(hit.score, 3) })
      }
    }
  }
  const rows = [...counts.values()].map((c) => ({ ...c, share: round(c.flagged / c.rows) }))
  return { rows: rows.sort((a, b) => Number(a.script === 'all') - Number(b.script === 'all') || b.rows - a.rows || a.mode.localeCompare(b.mode)), examples }
}

/**
 * Cross-script recall. The same person: an entry outside the UN list that writes no non-Latin name,
 * whose name or alias has the same words as one of the UN person's Latin names, and whose birth year
 * agrees when both give one. Found: the non-Latin name alone brings that entry back at the threshold.
 */
export function crossScriptRecall(entities, screen, fold) {
  const words = (name) => fold(name).split(' ').filter(Boolean).sort().join(' ')
  const latinOnly = new Map()
  for (const e of entities) {
    if (e.schema !== 'Person' || (e.datasets ?? []).some((d) => d.startsWith('un_'))) continue
    const names = [...(e.properties.name ?? []), ...(e.properties.alias ?? [])]
    if (names.some(nonLatin)) continue
    for (const n of names) {
      const key = words(n)
      latinOnly.set(key, [...(latinOnly.get(key) ?? []), e])
    }
  }
  const byScript = new Map()
  const missed = []
  for (const e of entities) {
    if (e.schema !== 'Person' || !(e.datasets ?? []).some((d) => d.startsWith('un_'))) continue
    const names = [...(e.properties.name ?? []), ...(e.properties.alias ?? [])]
    const scripted = names.filter(nonLatin)
    if (scripted.length === 0) continue
    const years = (e.properties.birthDate ?? []).map((d) => d.slice(0, 4))
    const targets = new Set()
    for (const n of names.filter((n) => !nonLatin(n))) {
      for (const t of latinOnly.get(words(n)) ?? []) {
        const theirs = (t.properties.birthDate ?? []).map((d) => d.slice(0, 4))
        if (years.length === 0 || theirs.length === 0 || years.some((y) => theirs.includes(y))) targets.add(t.id)
      }
    }
    if (targets.size === 0) continue
    const query = scripted[0]
    const script = scriptOf(query)
    const found = screen({ name: query }).some((r) => r.match && targets.has(r.entity.id))
    for (const s of [script, 'all']) {
      const c = byScript.get(s) ?? { script: s, persons: 0, found: 0 }
      c.persons++
      if (found) c.found++
      byScript.set(s, c)
    }
    if (!found && missed.length < 15) missed.push({ query, sameAs: [...targets].join(', ') })
  }
  const rows = [...byScript.values()].map((c) => ({ ...c, recall: round(c.found / c.persons, 3) }))
  return { rows: rows.sort((a, b) => Number(a.script === 'all') - Number(b.script === 'all') || b.persons - a.persons), missed }
}
