/** Token-level repairs common to every kind of name: digits typed for letters, run-together words. */

const LEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '9': 'g', '8': 'b' }

/** "ig0r" → "igor", "sech1n" → "sechin": digits inside a word of letters are letters mistyped. "2000" stays. */
export function repairDigits(token: string): string {
  if (!/\d/.test(token) || !/[a-z]{2}/.test(token) || /^\d+[a-z]{1,2}$/.test(token)) return token
  return token.replace(/\d/g, (d) => LEET[d] ?? d)
}

/** "VladimirPutin" → "Vladimir Putin", before folding: lists and users drop spaces between names. */
export function splitCamelCase(text: string): string {
  return text.replace(/(\p{Ll}{2,})(\p{Lu})(?=\p{Ll})/gu, '$1 $2')
}

// Roman numerals of fund and entity series ("Fund III"), up to 39; longer ones are words.
const ROMAN = /^(x{0,3})(ix|iv|v?i{0,3})$/

/** "iii" → "3", "xii" → "12"; anything else unchanged. */
export function romanToDigits(token: string): string {
  const m = ROMAN.exec(token)
  if (!m || token === '') return token
  const units: Record<string, number> = { '': 0, i: 1, ii: 2, iii: 3, iv: 4, v: 5, vi: 6, vii: 7, viii: 8, ix: 9 }
  return String(m[1]!.length * 10 + units[m[2]!]!)
}

/** Consecutive single letters joined: "a b c company" → "abc company" (A.B.C. Company). */
export function joinLetterRuns(tokens: string[]): string[] {
  const out: string[] = []
  let run = ''
  for (const t of tokens) {
    if (t.length === 1 && /[a-z]/.test(t)) {
      run += t
      continue
    }
    if (run) out.push(run)
    run = ''
    out.push(t)
  }
  if (run) out.push(run)
  return out
}
