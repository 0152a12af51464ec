import { describe, expect, it } from 'vitest'
import { consonantSkeleton } from './skeleton.js'
import { spellingKey } from './spelling.js'

describe('spellingKey merges romanization conventions', () => {
  it.each([
    ['mohammed', 'mohamed'],
    ['poutine', 'putine'],
    ['poetin', 'putin'],
    ['dmitriy', 'dmitri'],
    ['dmitry', 'dmitri'],
    ['dmitrij', 'dmitri'],
    ['yevgeniy', 'evgeni'],
    ['khodorkovsky', 'hodorkovski'],
    ['zhukov', 'jukov'],
    ['wladimir', 'vladimir'],
    ['vladimirovitch', 'vladimirovich'],
    ['wladimirowitsch', 'vladimirovich'],
    ['nooristani', 'nuristani'],
    ['qaddafi', 'kadafi'],
    ['kadhafi', 'kadafi'],
  ])('%s → %s', (token, key) => {
    expect(spellingKey(token)).toBe(key)
  })

  it('leaves numbers and short tokens alone', () => {
    expect(spellingKey('2000')).toBe('2000')
    expect(spellingKey('yy')).toBe('yy')
  })
})

describe('consonantSkeleton', () => {
  it.each([
    ['qaddafi', 'gaddafi'],
    ['kadhafi', 'gadhafi'],
    ['muhammad', 'mohamed'],
    ['putin', 'butin'],
    ['vladimir', 'fladimir'],
    ['david', 'dvd'],
    ['moshe', 'mashe'],
    ['husayn', 'hussein'],
  ])('%s and %s share a skeleton', (a, b) => {
    expect(consonantSkeleton(a)).toBe(consonantSkeleton(b))
  })

  it.each([
    ['abbas', 'anas'],
    ['salman', 'sultan'],
    ['tikriti', 'mosuli'],
  ])('%s and %s do not', (a, b) => {
    expect(consonantSkeleton(a)).not.toBe(consonantSkeleton(b))
  })
})
