/**
 * Cyrillic names to Latin, in two conventions that lists mix: the BGN/PCGN style of English-language
 * lists ("Yevgeniy Khodorkovskiy", "Zhukov") and the plainer style of French, German and passport
 * spellings ("Evgeni Hodorkovski", "Jukov"). Ukrainian, Belarusian, Serbian and Mongolian letters
 * are read as those languages romanize them.
 */

// Letters read the same in both conventions.
const COMMON: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  з: 'z',
  и: 'i',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
  ё: 'yo',
  // Ukrainian and Belarusian.
  і: 'i',
  ї: 'yi',
  є: 'ye',
  ґ: 'g',
  ў: 'u',
  // Serbian and Macedonian.
  ђ: 'dj',
  ј: 'j',
  љ: 'lj',
  њ: 'nj',
  ћ: 'c',
  џ: 'dz',
  ѓ: 'gj',
  ќ: 'kj',
  ѕ: 'dz',
  // Mongolian and Kazakh.
  ү: 'u',
  ө: 'o',
  ә: 'a',
  ғ: 'g',
  қ: 'k',
  ң: 'ng',
  ұ: 'u',
  һ: 'h',
}
const BGN: Record<string, string> = { х: 'kh', ж: 'zh', й: 'y', е: 'e' }
const PLAIN: Record<string, string> = { х: 'h', ж: 'j', й: 'i', е: 'e' }
const VOWELS = new Set([...'аеёиоуыэюяіїєъь'])

export type CyrillicStyle = 'bgn' | 'plain'

/** One Latin reading of a Cyrillic text (lower case); other characters pass through. */
export function romanizeCyrillicAs(text: string, style: CyrillicStyle, ukrainian = /[іїєґ]/i.test(text)): string {
  const table = style === 'bgn' ? BGN : PLAIN
  const chars = [...text.toLowerCase().normalize('NFC')]
  return chars
    .map((ch, i) => {
      const prev = chars[i - 1]
      const atStart = prev === undefined || !/\p{L}/u.test(prev) || VOWELS.has(prev)
      // "Ельцин" → Yeltsin (BGN) or Eltsin; after a consonant е is always e.
      if (ch === 'е' && style === 'bgn' && atStart) return 'ye'
      // Ukrainian г is h, и is y: "Григорій" → Hryhoriy.
      if (ukrainian && ch === 'г') return 'h'
      if (ukrainian && ch === 'и') return 'y'
      // The -ий ending: Dmitriy (BGN), Dmitri (plain).
      if (ch === 'й' && prev === 'и' && style === 'plain') return ''
      return table[ch] ?? COMMON[ch] ?? ch
    })
    .join('')
}

/** The Latin readings of a Cyrillic text, BGN/PCGN first, without repeats. */
export function romanizeCyrillic(text: string): string[] {
  return [...new Set([romanizeCyrillicAs(text, 'bgn'), romanizeCyrillicAs(text, 'plain')])]
}
