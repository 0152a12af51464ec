import { describe, expect, it } from 'vitest'
import { analyzeName } from './analyze-name.js'

const tokens = (name: string, kind: 'person' | 'organization' | 'other') => analyzeName(name, kind).map((f) => f.tokens.join(' '))

describe('person names', () => {
  it.each([
    ["'Abd al-Aziz al-Nuristani", 'Abdul Aziz Nooristani'],
    ['Abdulaziz Nuristani', 'Abd al-Aziz Nuristani'],
    ['Mohammed bin Salman', 'Muhammad ibn Salman'],
    ['Shamsuddin Haqqani', 'Shams al-Din Haqqani'],
    ['Dr. Amr Armanazi', 'Amr ARMANAZI'],
    ['Presidente Vladimir Putin', 'Wladimir Putin'],
    ['Moammar Qaddafi', 'Muammar Gaddafi'],
    ['VladimirPutin', 'Vladimir Putin'],
    ['Ig0r Sech1n', 'Igor Sechin'],
    ['Abdallah', 'Abd Allah'],
  ])('%s and %s give the same tokens', (a, b) => {
    expect(tokens(a, 'person')[0]).toBe(tokens(b, 'person')[0])
  })

  it('reads Arabic script into the tokens of its Latin spellings', () => {
    expect(tokens('محمد بن سلمان', 'person')).toContain(tokens('Mohamed bin Salman', 'person')[0])
    expect(tokens('عبد العزيز', 'person')).toContain(tokens('Abdulaziz', 'person')[0])
  })

  it('reads Cyrillic in both conventions', () => {
    expect(tokens('Дмитрий Медведев', 'person')).toContain(tokens('Dmitry Medvedev', 'person')[0])
    expect(tokens('Сергей Лавров', 'person')).toContain(tokens('Sergei Lavrov', 'person')[0])
  })

  it('keeps initials as one-letter tokens', () => {
    expect(tokens('A. Armanazi', 'person')[0]).toBe('a armanazi')
  })
})

describe('organization names', () => {
  it.each([
    ['Siemens Aktiengesellschaft', 'Siemens AG'],
    ['OAO Gazprom', 'Open Joint Stock Company Gazprom'],
    ['Volkswagen Gesellschaft mit beschränkter Haftung', 'Volkswagen GmbH'],
    ['A.B.C. Company', 'ABC Co.'],
    ['First Bank Int’l', 'First International Bank'],
    ['Scientific Studies & Research Centre', 'Scientific Studies and Research Center'],
  ])('%s and %s give the same tokens and legal form', (a, b) => {
    const [x] = analyzeName(a, 'organization')
    const [y] = analyzeName(b, 'organization')
    expect([...x!.tokens].sort()).toEqual([...y!.tokens].sort())
    expect(x!.legalForms).toEqual(y!.legalForms)
  })

  it('gives the acronym of a name of several words', () => {
    expect(analyzeName('Scientific Studies and Research Center', 'organization')[0]?.acronym).toBe(analyzeName('SSRC', 'organization')[0]?.tokens[0])
    expect(analyzeName("People's Liberation Army", 'organization')[0]?.acronym).toBe('pla')
  })

  it('reads series numerals as numbers', () => {
    expect(tokens('KKR Asian Fund III L.P.', 'organization')[0]).toBe(tokens('KKR Asian Fund 3', 'organization')[0])
    expect(tokens('KKR Asian Fund III L.P.', 'organization')[0]).toMatch(/ 3$/)
  })

  it.each([
    ["Xi'an Aircraft Industry Company", /^ksian /],
    ['Vi Holdings Ltd', /^vi /],
    ['Xi Holdings Ltd', /^xi holdings/],
  ])('reads the same letters as a word where no series numeral stands: %s', (name, expected) => {
    expect(tokens(name, 'organization')[0]).toMatch(expected)
  })

  it('reads a Cyrillic legal form', () => {
    expect(analyzeName('ООО "АЯС 2000"', 'organization')[0]?.legalForms).toEqual(['ooo'])
  })

  it('drops a ship-name prefix', () => {
    expect(tokens('MV Hellenic Spirit', 'other')[0]).toBe(tokens('Hellenic Spirit', 'other')[0])
  })
})
