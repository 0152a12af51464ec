import { describe, expect, it } from 'vitest'
import { guessLangFromScript } from './script-lang.js'

describe('guessLangFromScript', () => {
  it.each([
    ['صدام حسين التكريتي', 'ara'],
    ['Владимир Путин', 'rus'],
    ['김정은', 'kor'],
    ['習近平', 'zho'],
    ['あべ しんぞう', 'jpn'],
  ])('%s → %s', (name, lang) => {
    expect(guessLangFromScript(name)).toBe(lang)
  })

  it('gives nothing for Latin script', () => {
    expect(guessLangFromScript('Amr Armanazi')).toBeUndefined()
  })
})
