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

const table = new Map(Object.entries((parse(readFileSync(resourcePath('arabic-names.yaml'), 'utf-8')) as { names: Record<string, string[]> }).names))

const LETTERS: Record<string, string> = {
  ا: 'a',
  أ: 'a',
  إ: 'i',
  آ: 'a',
  ٱ: 'a',
  ء: '',
  ؤ: 'u',
  ئ: 'i',
  ب: 'b',
  ت: 't',
  ث: 'th',
  ج: 'j',
  ح: 'h',
  خ: 'kh',
  د: 'd',
  ذ: 'dh',
  ر: 'r',
  ز: 'z',
  س: 's',
  ش: 'sh',
  ص: 's',
  ض: 'd',
  ط: 't',
  ظ: 'z',
  ع: '',
  غ: 'gh',
  ف: 'f',
  ق: 'q',
  ك: 'k',
  ل: 'l',
  م: 'm',
  ن: 'n',
  ه: 'h',
  ة: 'a',
  و: 'w',
  ي: 'y',
  ى: 'a',
  پ: 'p',
  چ: 'ch',
  ژ: 'zh',
  گ: 'g',
  ک: 'k',
  ی: 'y',
  ٹ: 't',
  ڈ: 'd',
  ڑ: 'r',
  ں: 'n',
  ے: 'e',
  ہ: 'h',
  ھ: 'h',
  ۃ: 'a',
  ە: 'a',
}

// Marks that vocalize or annotate a letter without changing which name it is, so a vocalized name
// (مُحَمَّد, طيّع) reads like the bare one lists usually carry: the small high signs (U+0610–061A),
// harakat, tanwin, shadda and sukun (U+064B–065F), superscript alef (U+0670), the Quranic
// annotation marks (U+06D6–06ED) and Extended-A's (U+08D3–08FF); tatweel (U+0640) only stretches a
// letter. A shadda doubles a consonant, but unvocalized lists never write it, so it goes too.
const ARABIC_MARKS = /[\u0610-\u061A\u064B-\u065F\u0670\u0640\u06D6-\u06ED\u08D3-\u08FF]/g
// Presentation forms (ﻣﺤﻤﺪ, the ligature ﷲ) are the same letters in another code point.
const PRESENTATION_FORMS = /[\uFB50-\uFDFF\uFE70-\uFEFE]+/g

/** Arabic text without its vowel and annotation marks: "مُحَمَّد" → "محمد", "محمـــد" → "محمد". */
export function foldArabic(text: string): string {
  return text
    .normalize('NFC')
    .replace(PRESENTATION_FORMS, (forms) => forms.normalize('NFKC'))
    .replace(ARABIC_MARKS, '')
}

// Compounds written as one word ("عبدالغفار", "نورالدين") are read as their spaced forms: "abd"
// then a name of three letters or more, with or without "al-"; a name then "al-din".
const JOINED_ABD = /^(عبد)((?:ال)?[\p{Script=Arabic}]{3,})$/u
const JOINED_DIN = /^([\p{Script=Arabic}]{2,})(الدين)$/u

/** A word split into the words of its compound, unless the table knows it whole ("عبدالله"). */
function splitJoined(word: string): string[] {
  if (table.has(word)) return [word]
  const parts = JOINED_ABD.exec(word) ?? JOINED_DIN.exec(word)
  return parts ? [parts[1]!, parts[2]!] : [word]
}

/** Letter-by-letter reading with long vowels: و and ي between consonants read as u and i. */
function spell(word: string, letters: Record<string, string> = LETTERS): string {
  const chars = [...word]
  return chars
    .map((ch, i) => {
      const prev = i > 0
      if (ch === 'و' && prev && i < chars.length - 1) return 'u'
      if ((ch === 'ي' || ch === 'ی') && prev && i < chars.length - 1) return 'i'
      if ((ch === 'ي' || ch === 'ی') && i === chars.length - 1) return 'i'
      return letters[ch] ?? ''
    })
    .join('')
}

// Persian, Dari, Pashto and Urdu read these as z and s, where Arabic reads d, dh, th: ذاکر is
// Zakir in Kabul, Dhakir in Cairo; فضل is Fazl and Fadl. Both readings are kept.
const PERSIAN_LETTERS_READ: Record<string, string> = { ...LETTERS, ذ: 'z', ض: 'z', ظ: 'z', ث: 's' }
const PERSIAN_LETTERS = /[ذضظث]/u

/** The spelled readings of a word: the Arabic one, and the Persian one where they differ. */
function spellings(word: string): string[] {
  const arabic = spell(word)
  if (!PERSIAN_LETTERS.test(word)) return [arabic]
  return [arabic, spell(word, PERSIAN_LETTERS_READ)]
}

/** The readings of one Arabic word: the table's, or the spelled ones; "al-" split off. */
function readWord(word: string): string[] {
  // The zero-width non-joiner of Persian ("پزشک‌فر") joins the word.
  let bare = word.replace(/\u200C/g, '')
  const known = table.get(bare)
  if (known) return known
  // "و" before "ال" is the conjunction "and": "والبحوث" is "and the research".
  if (bare.startsWith('وال') && bare.length > 4) bare = bare.slice(1)
  if (bare.startsWith('ال') && bare.length > 3) {
    const rest = table.get(bare.slice(2)) ?? spellings(bare.slice(2))
    return rest.map((r) => `al ${r}`)
  }
  return spellings(bare).filter(Boolean)
}

/** Latin readings of an Arabic-script name, the most conventional first; at most `limit` of them. */
export function romanizeArabic(text: string, limit = 8): string[] {
  const words = foldArabic(text)
    .split(/[^\p{Script=Arabic}\u200C]+/u)
    .filter(Boolean)
    .flatMap(splitJoined)
  // A word with no reading (a lone "ع") must not wipe out the others'.
  const options = words.map(readWord).filter((o) => o.length > 0)
  if (options.length === 0) return []
  // The first reading of every word, then each other reading of each word in turn with the first of
  // the rest: every alternative appears (a cross product would spend the limit on the variants of
  // "Muhammad" alone and drop the Persian reading of the next word).
  const first = options.map((o) => o[0]!)
  const readings = [first.join(' ')]
  for (const [i, alternatives] of options.entries()) {
    for (const alternative of alternatives.slice(1)) readings.push(first.map((w, j) => (j === i ? alternative : w)).join(' '))
  }
  return [...new Set(readings)].slice(0, limit)
}
