import { describe, expect, it } from 'vitest'
import { analyzeName, type NameKind } from '../names/analyze-name.js'
import { scoreNames } from './name-score.js'

// Every token weighs alike here (no index); the index's rarity is exercised by test/screening.test.ts.
const score = (a: string, b: string, kind: NameKind = 'person') => {
  let best = 0
  for (const q of analyzeName(a, kind)) for (const c of analyzeName(b, kind)) best = Math.max(best, scoreNames(q, c, () => 0).score)
  return best
}

describe('vigil-v1 name scores: the same person or organization', () => {
  it.each([
    ['Amro Armanazi', 'Amr Muhammad Najib AL-ARMANAZI'],
    ['A. Armanazi', 'Amr Armanazi'],
    ["'Abd al-Aziz al-Nuristani", 'Abdul Aziz Nooristani'],
    ['Moammar Qaddafi', 'Muammar Gaddafi'],
    ['Mouammar Kadhafi', 'معمر القذافي'],
    ['PUTIN, Vladimir Vladimirovich', 'Vladimir Putin'],
    ['Владимир Путин', 'Vladimir Putin'],
    ['Путін Володимир Володимирович', 'Vladimir Putin'],
    ['فلاديمير بوتين', 'Vladimir Putin'],
    ['Βλαντίμιρ Πούτιν', 'Vladimir Putin'],
    ['Վլադիմիր Պուտին', 'Vladimir Putin'],
    ['ვლადიმერ პუტინი', 'Vladimir Putin'],
    ['김정은', 'Kim Jong Un'],
    ['习近平', 'Xi Jinping'],
    ['Дмитрий Медведев', 'Dmitry Medvedev'],
    ['Hasan Rohani', 'Hassan Rouhani'],
    ['Mohammed bin Salman', 'محمد بن سلمان'],
    ['Usama bin Ladin', 'Osama bin Laden'],
    ['VladimirPutin', 'Vladimir Putin'],
    ['Nikolai Patr ushev', 'Nikolai Platonovich Patrushev'],
    ['Ig0r Sech1n', 'Igor Sechin'],
  ])('%s ~ %s', (a, b) => {
    expect(score(a, b)).toBeGreaterThanOrEqual(0.7)
  })

  it.each([
    ['Scientific Studies and Research Center', 'SSRC'],
    ["People's Liberation Army", 'PLA'],
    ['Siemens Aktiengesellschaft', 'Siemens AG'],
    ['OAO Gazprom', 'Open Joint Stock Company Gazprom'],
    ['مركز الدراسات والبحوث العلمية', 'Markaz al-Dirasat wal-Buhuth al-Ilmiyya'],
    ['First Bank Int’l', 'First International Bank'],
  ])('%s ~ %s', (a, b) => {
    expect(score(a, b, 'organization')).toBeGreaterThanOrEqual(0.7)
  })
})

describe('vigil-v1 name scores: different people', () => {
  it.each([
    ['ALI SADDAM HUSSEIN AL-RAWI', 'ALI SADDAM HUSSEIN AL-TIKRITI'],
    ['Eric A. Wendt', 'Josh A. Wendt'],
    ['Barack Obama', 'Michelle Obama'],
    ['Sergey Ivanov', 'Sergey Viktorovich Lavrov'],
    ['Hassan Nasrallah', 'Hussein Nasrallah'],
    ['Ingrid Bergström', 'Amr Armanazi'],
    ['Igor Deripaska', 'Oleg Deripaska'],
  ])('%s ≠ %s', (a, b) => {
    expect(score(a, b)).toBeLessThan(0.7)
  })

  it('explains the alignment in words', () => {
    const [q] = analyzeName('Amro Armanazi', 'person')
    const [c] = analyzeName('Amr Mohammed Armanazy', 'person')
    expect(scoreNames(q!, c!, () => 0).describe()).toBe("'armanazi' = 'armanazi', 'amr' = 'amr'; candidate only: 'muhamad'")
  })
})
