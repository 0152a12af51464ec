import { describe, expect, it } from 'vitest'
import { detectScripts, dominantScript } from './script.js'

describe('scripts', () => {
  it.each([
    ['Amr Armanazi', 'latin'],
    ['صدام حسين التكريتي', 'arabic'],
    ['Владимир Путин', 'cyrillic'],
    ['김정은', 'hangul'],
    ['習近平', 'han'],
    ['ウラジーミル・プーチン', 'kana'],
    ['Κυριάκος Μητσοτάκης', 'greek'],
    ['בנימין נתניהו', 'hebrew'],
    ['ვლადიმერ პუტინი', 'georgian'],
    ['Վլադիմիր Պուտին', 'armenian'],
    ['สมชาย', 'thai'],
  ])('%s is %s', (text, script) => {
    expect(dominantScript(text)).toBe(script)
  })

  it('lists every script of a mixed name, digits and punctuation aside', () => {
    expect(detectScripts('ООО "АЯС 2000" Moscow')).toEqual(['cyrillic', 'latin'])
    expect(detectScripts('2000 - 12')).toEqual([])
  })
})
