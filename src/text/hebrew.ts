/**
 * Hebrew names to Latin. Hebrew writes few vowels: vav and yod stand for o/u and i as often as for
 * v and y, and a final he for e or a. Each word gets a reading with those vowels guessed ("משה" →
 * moshe, "פוטין" → putin); the consonant skeleton comparison of scoring covers the rest.
 */

const LETTERS: Record<string, string> = {
  א: 'a',
  ב: 'b',
  ג: 'g',
  ד: 'd',
  ה: 'h',
  ז: 'z',
  ח: 'kh',
  ט: 't',
  כ: 'k',
  ך: 'kh',
  ל: 'l',
  מ: 'm',
  ם: 'm',
  נ: 'n',
  ן: 'n',
  ס: 's',
  ע: 'a',
  פ: 'p',
  ף: 'f',
  צ: 'ts',
  ץ: 'ts',
  ק: 'k',
  ר: 'r',
  ש: 'sh',
  ת: 't',
}

function readWord(word: string, vavAs: 'vowel' | 'consonant'): string {
  const chars = [...word.replace(/[\u0591-\u05C7]/g, '')]
  let out = ''
  chars.forEach((ch, i) => {
    const first = i === 0
    const last = i === chars.length - 1
    const next = chars[i + 1]
    if (ch === 'ו') out += first || vavAs === 'consonant' ? 'v' : next === 'ו' ? 'v' : chars[i - 1] === 'ו' ? '' : 'o'
    else if (ch === 'י') out += first ? 'y' : next === 'י' ? 'y' : chars[i - 1] === 'י' ? '' : 'i'
    else if (ch === 'ה' && last && i > 0) out += 'e'
    // A consonant followed by another consonant probably carries an unwritten vowel.
    else out += (LETTERS[ch] ?? ch) + (!last && i === 0 && next !== undefined && !'וי'.includes(next) && ch !== 'א' && ch !== 'ע' ? 'a' : '')
  })
  return out
}

/** The Latin readings of a Hebrew text: vav as a vowel ("פוטין" → putin), then as v ("דוד" → dvd). */
export function romanizeHebrew(text: string): string[] {
  const words = text.split(/\s+/).filter(Boolean)
  const readings = (['vowel', 'consonant'] as const).map((vav) => words.map((w) => readWord(w, vav)).join(' '))
  return [...new Set(readings)]
}
