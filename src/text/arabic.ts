/**
 * Arabic-script names to Latin readings. Short vowels are not written in Arabic, so a letter-by-letter
 * rendering ("mhmd") rarely equals a list's spelling ("Mohammed"). Two routes across: frequent name
 * parts come from a table of conventional romanizations (resources/arabic-names.yaml), and every
 * other word gets a rendering with long vowels spelled out, which the fuzzy and skeleton
 * comparisons of scoring then bridge.
 */
import { readFileSync } from 'node:fs'
import { parse } from 'yaml'
import { resourcePath } from '../resources.js'

const table = new Map(
  Object.entries((parse(readFileSync(resourcePath('arabic-names.yaml'), 'utf-8')) as { names: Record<string, string[]> }).names),
)

const LETTERS: Record<string, string> = {
  ا: 'a', أ: 'a', إ: 'i', آ: 'a', ٱ: 'a', ء: '', ؤ: 'u', ئ: 'i', ب: 'b', ت: 't', ث: 'th', ج: 'j', ح: 'h', خ: 'kh',
  د: 'd', ذ: 'dh', ر: 'r', ز: 'z', س: 's', ش: 'sh', ص: 's', ض: 'd', ط: 't', ظ: 'z', ع: '', غ: 'gh', ف: 'f',
  ق: 'q', ك: 'k', ل: 'l', م: 'm', ن: 'n', ه: 'h', ة: 'a', و: 'w', ي: 'y', ى: 'a', پ: 'p', چ: 'ch', ژ: 'zh',
  گ: 'g', ک: 'k', ی: 'y', ٹ: 't', ڈ: 'd', ڑ: 'r', ں: 'n', ے: 'e', ہ: 'h', ھ: 'h', ۃ: 'a', ە: 'a',
}

/** Letter-by-letter reading with long vowels: و and ي between consonants read as u and i. */
function spell(word: string): string {
  const chars = [...word]
  return chars
    .map((ch, i) => {
      const prev = i > 0
      if (ch === 'و' && prev && i < chars.length - 1) return 'u'
      if ((ch === 'ي' || ch === 'ی') && prev && i < chars.length - 1) return 'i'
      if ((ch === 'ي' || ch === 'ی') && i === chars.length - 1) return 'i'
      return LETTERS[ch] ?? ''
    })
    .join('')
}

/** The readings of one Arabic word: the table's, or the spelled one; "al-" split off. */
function readWord(word: string): string[] {
  // Vowel marks and tatweel go; the zero-width non-joiner of Persian ("پزشک‌فر") joins the word.
  let bare = word.replace(/[\u064B-\u065F\u0670\u0640\u200C]/g, '')
  const known = table.get(bare)
  if (known) return known
  // "و" before "ال" is the conjunction "and": "والبحوث" is "and the research".
  if (bare.startsWith('وال') && bare.length > 4) bare = bare.slice(1)
  if (bare.startsWith('ال') && bare.length > 3) {
    const rest = table.get(bare.slice(2)) ?? [spell(bare.slice(2))]
    return rest.map((r) => `al ${r}`)
  }
  return [spell(bare)].filter(Boolean)
}

/** Latin readings of an Arabic-script name, the most conventional first; at most `limit` of them. */
export function romanizeArabic(text: string, limit = 4): string[] {
  const words = text.split(/[^\p{Script=Arabic}\u200C]+/u).filter(Boolean)
  let readings = ['']
  for (const word of words) {
    const options = readWord(word)
    readings = readings.flatMap((r) => options.map((o) => `${r} ${o}`.trim())).slice(0, limit)
  }
  return readings.filter(Boolean)
}
