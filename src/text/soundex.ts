/**
 * American Soundex, the phonetic code OFAC's Sanctions List Search uses beside Jaro-Winkler. Reach for
 * it only to reproduce that tool: Double Metaphone (`phonetic.ts`) is the better key for matching.
 */

// Letters that sound alike share a digit (1 to 6, in this order); vowels, y, h and w have none.
const GROUPS = ['bfpv', 'cgjkqsxz', 'dt', 'l', 'mn', 'r']
const DIGITS: Record<string, string> = Object.fromEntries(GROUPS.flatMap((letters, i) => [...letters].map((letter) => [letter, String(i + 1)])))

/** The Soundex code of a word ("Robert" → "R163"); undefined when it has no Latin letter. */
export function soundex(word: string): string | undefined {
  const letters = word
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z]/g, '')
  if (letters === '') return undefined
  let code = letters[0]!.toUpperCase()
  let previous = DIGITS[letters[0]!]
  for (const letter of letters.slice(1)) {
    // h and w do not part two letters of one sound: "Ashcraft" is A261, not A226.
    if (letter === 'h' || letter === 'w') continue
    const digit = DIGITS[letter]
    // A vowel parts them: "Tymczak" codes both the c and the k, T522.
    if (digit !== undefined && digit !== previous) code += digit
    previous = digit
    if (code.length === 4) break
  }
  return code.padEnd(4, '0')
}
