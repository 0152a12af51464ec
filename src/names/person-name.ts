/**
 * Person names: titles and particles set apart, Arabic compounds split the same way on both sides
 * ("Abdulaziz", "Abd al-Aziz" and "Abdul Aziz" all give abd + aziz; "Shamsuddin" gives shams + din,
 * "Nurullah" nur + allah),
 * initials kept as one-letter tokens ("A. Armanazi"), every token in its comparison spelling.
 * Order is not fixed here: "PUTIN, Vladimir" and "Vladimir Putin" give the same tokens in another
 * order, and alignment ignores order. Family-name-first conventions (Chinese, Korean) only change order.
 */
import { LONGEST_TITLE, PERSON_PARTICLES, PERSON_TITLES } from './name-parts.js'
import { canonicalToken } from './name-variants.js'

// "abdul" + "aziz", longest prefix first; the rest must be a name of three letters or more.
const ABD_PREFIX = /^(abdoul|abdool|abdul|abdel|abdal|abdol|abdur|abdus|abdu|abd)(?=[a-z]{3,})/
// "shams" + "uddin", "nour" + "eddine": the "of the faith" compounds.
const DIN_SUFFIX = /(?<=[a-z]{3,})(uddin|uddeen|eddine|eddin|addin|oddin|udin)$/
// "nur" + "ullah", "rahmat" + "ollah", "saif" + "allah": the "of God" compounds, which Arabic
// script writes as two words (نور الله) and Latin lists often as one (Nurullah). The stem must be
// three letters or more, so "abdullah" is left to the rule below and "mullah" is no compound.
const ALLAH_SUFFIX = /(?<=[a-z]{3,})(ullah|ullha|ulla|ollah|olla|allah|alla|ulah|olah|alah)$/
// "abdullah", "abdallah", "abdulla": abd + allah.
const ABD_ALLAH = /^abd(u|a|e|o)?l{1,2}ah?$/

/** One folded token split into its Arabic compound parts, when it is one. */
export function splitCompound(token: string): string[] {
  if (ABD_ALLAH.test(token)) return ['abd', 'allah']
  const abd = ABD_PREFIX.exec(token)
  if (abd) return ['abd', ...splitCompound(token.slice(abd[0].length).replace(/^(al|el|ar|ur|as|us|an|ad)(?=[a-z]{3,})/, ''))]
  const din = DIN_SUFFIX.exec(token)
  if (din) return [token.slice(0, din.index), 'din']
  const allah = ALLAH_SUFFIX.exec(token)
  if (allah) return [token.slice(0, allah.index), 'allah']
  return [token]
}

/** The comparison tokens of a person's name (folded tokens in), without titles and particles. */
export function personTokens(tokens: string[]): string[] {
  const untitled = dropTitles(tokens)
  const kept = untitled.filter((t) => !PERSON_PARTICLES.has(t))
  const base = kept.length > 0 ? kept : untitled.length > 0 ? untitled : tokens
  return base.flatMap(splitCompound).map((t) => (t.length === 1 ? t : canonicalToken(t)))
}

function dropTitles(tokens: string[]): string[] {
  const out: string[] = []
  for (let i = 0; i < tokens.length; ) {
    let skip = 0
    for (let n = Math.min(LONGEST_TITLE, tokens.length - i); n > 0 && skip === 0; n--) {
      if (PERSON_TITLES.has(tokens.slice(i, i + n).join(' '))) skip = n
    }
    if (skip > 0) i += skip
    else out.push(tokens[i++]!)
  }
  return out.length > 0 ? out : tokens
}
