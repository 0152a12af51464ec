/**
 * A best guess at the language of a name from its script, for the `lang` of original-script
 * names. Only scripts that mostly belong to one language in sanctions lists give an answer.
 */

// Ordered: Japanese kana before Han, since Japanese names mix the two.
const SCRIPTS: Array<[RegExp, string]> = [
  [/\p{Script=Hangul}/u, 'kor'],
  [/[\p{Script=Hiragana}\p{Script=Katakana}]/u, 'jpn'],
  [/\p{Script=Han}/u, 'zho'],
  // Arabic script is also Persian, Pashto and Urdu; in UN and UK lists it is most often Arabic.
  [/\p{Script=Arabic}/u, 'ara'],
  // Cyrillic is also Ukrainian, Belarusian, Serbian; Russian dominates the lists.
  [/\p{Script=Cyrillic}/u, 'rus'],
  [/\p{Script=Greek}/u, 'ell'],
  [/\p{Script=Hebrew}/u, 'heb'],
  [/\p{Script=Georgian}/u, 'kat'],
  [/\p{Script=Armenian}/u, 'hye'],
  [/\p{Script=Thai}/u, 'tha'],
  [/\p{Script=Myanmar}/u, 'mya'],
]

/** ISO 639-3 code guessed from the script of a text; undefined for Latin or mixed-up text. */
export function guessLangFromScript(text: string): string | undefined {
  for (const [pattern, lang] of SCRIPTS) if (pattern.test(text)) return lang
  return undefined
}
