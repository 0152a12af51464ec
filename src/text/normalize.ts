/** Text folded for comparison: no accents, lower case, punctuation as spaces. Display text is never folded. */

// Latin letters that Unicode decomposition leaves alone.
const SPECIAL: Record<string, string> = {
  ß: 'ss',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  æ: 'ae',
  œ: 'oe',
  ı: 'i',
  ĸ: 'k',
  ŋ: 'n',
  ħ: 'h',
  ŧ: 't',
}
const SPECIAL_RE = new RegExp(`[${Object.keys(SPECIAL).join('')}]`, 'g')

/** Fold a text for comparison: "Al-Ḥusayn, Ṣaddām" → "al husayn saddam". Non-Latin scripts are kept (folded). */
export function foldText(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(SPECIAL_RE, (ch) => SPECIAL[ch]!)
      // Apostrophes and the ayn/hamza marks join letters: "Sa'id" → "said", "Qur'an" → "quran";
      // Arabic tatweel only stretches a letter: "محمـــد" → "محمد".
      .replace(/['’‘ʼʻʿʾ`´\u0640]/g, '')
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim()
  )
}

/** The folded tokens of a text. */
export function tokenize(text: string): string[] {
  const folded = foldText(text)
  return folded === '' ? [] : folded.split(' ')
}

/** True when the text has letters outside the Latin script. */
export function hasNonLatin(text: string): boolean {
  return /[^\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}]/u.test(text)
}
