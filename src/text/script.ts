/**
 * Which writing system a text uses, so each run of words goes to the romanizer that knows it.
 * Reach for this before transliterating; script-lang.ts guesses a language tag for display.
 */

export type Script =
  | 'latin'
  | 'arabic'
  | 'cyrillic'
  | 'greek'
  | 'hebrew'
  | 'han'
  | 'kana'
  | 'hangul'
  | 'georgian'
  | 'armenian'
  | 'thai'
  | 'devanagari'
  | 'other'

// Ordered: kana before Han, since Japanese names mix the two.
const PATTERNS: Array<[Script, RegExp]> = [
  ['latin', /\p{Script=Latin}/u],
  ['arabic', /\p{Script=Arabic}/u],
  ['cyrillic', /\p{Script=Cyrillic}/u],
  ['greek', /\p{Script=Greek}/u],
  ['hebrew', /\p{Script=Hebrew}/u],
  ['hangul', /\p{Script=Hangul}/u],
  ['kana', /[\p{Script=Hiragana}\p{Script=Katakana}]/u],
  ['han', /\p{Script=Han}/u],
  ['georgian', /\p{Script=Georgian}/u],
  ['armenian', /\p{Script=Armenian}/u],
  ['thai', /\p{Script=Thai}/u],
  ['devanagari', /\p{Script=Devanagari}/u],
]

/** The script of one character; undefined for digits, punctuation and marks. */
export function scriptOfChar(ch: string): Script | undefined {
  if (/[\p{Script=Common}\p{Script=Inherited}]/u.test(ch)) return undefined
  for (const [script, pattern] of PATTERNS) if (pattern.test(ch)) return script
  return 'other'
}

/** Every script a text uses, in order of first appearance. */
export function detectScripts(text: string): Script[] {
  const seen: Script[] = []
  for (const ch of text) {
    const script = scriptOfChar(ch)
    if (script && !seen.includes(script)) seen.push(script)
  }
  return seen
}

/** The script most of a text's letters are written in; 'latin' for a text without letters. */
export function dominantScript(text: string): Script {
  const counts = new Map<Script, number>()
  for (const ch of text) {
    const script = scriptOfChar(ch)
    if (script) counts.set(script, (counts.get(script) ?? 0) + 1)
  }
  let best: Script = 'latin'
  let most = 0
  for (const [script, n] of counts) if (n > most) [best, most] = [script, n]
  return best
}
