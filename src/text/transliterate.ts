/**
 * Romanization of names in other scripts, giving every reading worth comparing. Each run of words
 * in one script goes to its own reader: Arabic (arabic.ts), Cyrillic, Greek, Hebrew, Chinese and
 * Korean have readers here that know name conventions; kana, Georgian, Armenian, Thai and the Indic
 * scripts go through any-ascii. Readings are folded (lower case, no accents or punctuation).
 */
import anyAscii from 'any-ascii'
import { romanizeArabic } from './arabic.js'
import { romanizeChinese } from './chinese.js'
import { romanizeCyrillic } from './cyrillic.js'
import { romanizeGreek } from './greek.js'
import { romanizeHebrew } from './hebrew.js'
import { romanizeKorean } from './korean.js'
import { foldText } from './normalize.js'
import { dominantScript, type Script } from './script.js'

// Readings multiply across runs of words in different scripts: keep the first few.
const MAX_READINGS = 6

const READERS: Partial<Record<Script, (text: string) => string[]>> = {
  arabic: romanizeArabic,
  cyrillic: romanizeCyrillic,
  greek: romanizeGreek,
  hebrew: romanizeHebrew,
  han: romanizeChinese,
  hangul: romanizeKorean,
}

/** Latin readings of a text: itself when Latin, else one or more romanizations (folded), the most usual first. */
export function romanize(text: string): string[] {
  let readings = ['']
  for (const run of scriptRuns(text)) {
    const options = readRun(run.text, run.script)
    readings = readings.flatMap((r) => options.map((o) => `${r} ${o}`)).slice(0, MAX_READINGS)
  }
  return [...new Set(readings.map(foldText).filter(Boolean))]
}

function readRun(text: string, script: Script): string[] {
  if (script === 'latin') return [text]
  const reader = READERS[script]
  if (reader) return reader(text)
  // any-ascii writes syllables of kana and some scripts run together in capitals.
  return [anyAscii(text).replace(/([a-z])([A-Z])/g, '$1 $2')]
}

/** The text cut into runs of words written in one script (Latin words with their neighbours' script when mixed). */
export function scriptRuns(text: string): Array<{ script: Script; text: string }> {
  const runs: Array<{ script: Script; text: string }> = []
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const script = dominantScript(word)
    const last = runs.at(-1)
    if (last && last.script === script) last.text += ` ${word}`
    else runs.push({ script, text: word })
  }
  return runs
}
