import { describe, expect, it } from 'vitest'
import { analyzeName } from '../names/analyze-name.js'
import { foldArabic, romanizeArabic } from './arabic.js'
import { foldText } from './normalize.js'

const tokens = (name: string) => analyzeName(name, 'person').map((f) => f.tokens.join(' '))

describe('foldArabic', () => {
  it.each([
    ['طيّع', 'طيع'], // shadda
    ['مُحَمَّد', 'محمد'], // fatha, damma, shadda, sukun
    ['عَلِيٌّ', 'علي'], // kasra, tanwin
    ['محمـــد', 'محمد'], // tatweel
    ['الرَّحْمٰن', 'الرحمن'], // superscript alef
    ['مُحَمَّدٌ ﷺ', 'محمد صلى الله عليه وسلم'], // the ligature spelled out
    ['ﻣﺤﻤﺪ', 'محمد'], // presentation forms
    ['بِسْمِ ٱللَّهِ ۚ', 'بسم ٱلله '], // Quranic pause mark; alef wasla is a letter
    ['Amr ARMANAZI', 'Amr ARMANAZI'],
  ])('%s → %s', (text, folded) => {
    expect(foldArabic(text)).toBe(folded)
  })

  it('drops tatweel in folded comparison text too', () => {
    expect(foldText('محمـــد حسـن')).toBe('محمد حسن')
  })
})

describe('vocalized and bare names read the same', () => {
  it.each([
    ['طيّع', 'طيع'],
    ['مُحَمَّد', 'محمد'],
    ['مُحَمَّد عَلِيّ', 'محمد علي'],
    ['محمـــد', 'محمد'],
    ['عبـد الـرحمـن', 'عبد الرحمن'],
    ['عَبْدُ ٱلرَّحْمٰنِ', 'عبد ٱلرحمن'],
    ['حَسَن نَصْرُ الله', 'حسن نصر الله'],
  ])('%s as %s', (marked, bare) => {
    expect(romanizeArabic(marked)).toEqual(romanizeArabic(bare))
    expect(tokens(marked)).toEqual(tokens(bare))
    expect(tokens(marked).length).toBeGreaterThan(0)
  })
})

describe('joined compounds split like their spaced forms', () => {
  it.each([
    ['عبدالغفار', 'عبد الغفار'],
    ['عبدالرحمن', 'عبد الرحمن'],
    ['عبدالعزيز', 'عبد العزيز'],
    ['عبدربه', 'عبد ربه'],
    ['نورالدين', 'نور الدين'],
    ['عَبْدُالْغَفَّار', 'عبد الغفار'],
  ])('%s as %s', (joined, spaced) => {
    expect(romanizeArabic(joined)).toEqual(romanizeArabic(spaced))
    expect(tokens(joined)).toEqual(tokens(spaced))
  })

  it('gives abd and the name, as the Latin compounds do', () => {
    expect(tokens('عبدالعزيز')[0]).toBe(tokens('Abdulaziz')[0])
    expect(tokens('عبدالغفار')[0]?.split(' ')[0]).toBe('abd')
  })

  it('keeps a compound the table knows whole, and short names that only begin like one', () => {
    expect(romanizeArabic('عبدالله')).toEqual(['abdullah', 'abdallah'])
    expect(romanizeArabic('عبدو')).toEqual(['bdw'])
  })

  it('keeps the readings of a name when one word has none', () => {
    expect(romanizeArabic('محمد ع')).toEqual(romanizeArabic('محمد'))
  })
})
