/**
 * Arabic-script names of listed people against the Latin spellings of lists that write no Arabic
 * (OFAC, UK): the pairs, from the real lists, that the readings must bridge, and the near names
 * they must not.
 */
import { describe, expect, it } from 'vitest'
import { splitCompound } from '../names/person-name.js'
import { parseQuery } from '../screening/query.js'
import { romanizeArabic } from '../text/arabic.js'
import { readingSkeletons } from '../text/skeleton.js'
import { scoreCandidate } from './algorithm.js'
import { NAME_ONLY } from './algorithms.js'

const score = (a: string, b: string) =>
  scoreCandidate(NAME_ONLY, parseQuery({ schema: 'Person', properties: { name: [a] } }), parseQuery({ schema: 'Person', properties: { name: [b] } }), {
    rarity: () => 0,
  }).score

describe('an Arabic-script name finds its Latin-only entries', () => {
  it.each([
    ['فضل محمد مظلوم', 'Fazl Mohammad MAZLOOM'], // ض and ظ read as z in Dari
    ['عبد الصمد اچکزی', 'Abdul Samad ACHEKZAI'], // no short vowels: smd is Samad
    ['عبد الروف ذاکر', 'Abdul Rauf ZAKIR'], // ذ read as z
    ['شهاب الدين دلاور', 'Shahabuddin DELAWAR'],
    ['نور الله نوری', 'Nurullah NURI'], // two words in Arabic, one in Latin
    ['محمد زاهد', 'Mohammad ZAHID'],
    ['דוד לוי', 'David Levi'], // Hebrew is an abjad too
  ])('%s ~ %s', (arabic, latin) => {
    expect(score(arabic, latin)).toBeGreaterThanOrEqual(0.7)
  })

  it.each([
    ['محمد زاهد', 'Hafiz Muhammad Saeed'], // zahd is not said: h is a letter in Arabic
    ['ثنا محمدپارسا زمانی', 'Seyyed Mohammad Hosein Musa KAZEMI'],
  ])('%s ≠ %s', (arabic, latin) => {
    expect(score(arabic, latin)).toBeLessThan(0.7)
  })
})

describe('readings', () => {
  it('reads ذ ض ظ ث both as Arabic and as Persian', () => {
    expect(romanizeArabic('فضل')).toEqual(['fdl', 'fzl'])
    expect(romanizeArabic('ذاکر')).toEqual(['dhakr', 'zakr'])
  })

  it('gives every alternative of every word, not only those of the first word', () => {
    const readings = romanizeArabic('محمد مظلوم')
    expect(readings.some((r) => r.endsWith('mzlum'))).toBe(true)
    expect(new Set(readings.map((r) => r.split(' ')[0])).size).toBeGreaterThan(1)
  })

  it('splits the "of God" compounds as Arabic script writes them', () => {
    expect(splitCompound('nurullah')).toEqual(['nur', 'allah'])
    expect(splitCompound('rahmatollah')).toEqual(['rahmat', 'allah'])
    expect(splitCompound('mullah')).toEqual(['mullah'])
    expect(splitCompound('abdullah')).toEqual(['abd', 'allah'])
  })

  it('keeps h in a reading skeleton', () => {
    expect(readingSkeletons('zahid')).toEqual(readingSkeletons('zahd'))
    expect(readingSkeletons('zahd')).not.toEqual(readingSkeletons('said'))
    expect(readingSkeletons('delavar')).toContain(readingSkeletons('dlaur')[0])
  })
})
