/**
 * Romanization of names in other scripts, giving every reading worth comparing. any-ascii covers
 * Cyrillic, Greek, Hebrew, Chinese (pinyin), kana, Hangul, Georgian and Armenian; it renders
 * Arabic as bare consonants, so Arabic script goes through arabic.ts.
 */
import anyAscii from 'any-ascii'
import { romanizeArabic } from './arabic.js'
import { foldText } from './normalize.js'

/** Latin readings of a text: itself when Latin, else one or more romanizations (folded). */
export function romanize(text: string): string[] {
  if (/\p{Script=Arabic}/u.test(text)) return romanizeArabic(text)
  // any-ascii writes Chinese and Korean syllables run together in capitals: "XiJinPing".
  const ascii = anyAscii(text).replace(/([a-z])([A-Z])/g, '$1 $2')
  const folded = foldText(ascii)
  return folded ? [folded] : []
}
