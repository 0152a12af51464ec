/**
 * Organization names: legal forms in many languages read to one code ("Aktiengesellschaft" → ag,
 * "OOO" and "Obshchestvo s ogranichennoy otvetstvennostyu" → ooo) and set apart; stopwords dropped;
 * abbreviations expanded ("Int'l" → international); dotted initials joined ("A.B.C." → abc); series
 * numerals read as numbers ("Fund III" → 3), so numbers can be required to agree.
 */
import { canonicalToken } from './name-variants.js'
import { LONGEST_LEGAL_FORM, LONGEST_SYNONYM, ORG_LEGAL_FORMS, ORG_STOPWORDS, ORG_SYNONYMS } from './name-parts.js'
import { joinLetterRuns, romanToDigits } from './tokens.js'

/**
 * A series numeral closes a name ("KKR Asian Fund III", "Citigroup Capital Trust II"): only the last
 * token of two or more is read as one. Elsewhere the same letters are words: "Xi'an Aircraft
 * Industry" is not "11 an", nor "Vi Holdings" "6 Holdings".
 */
function seriesNumeral(token: string, i: number, tokens: string[]): string {
  return i > 0 && i === tokens.length - 1 ? romanToDigits(token) : token
}

export interface OrgTokens {
  tokens: string[]
  legalForms: string[]
  /** Initials of the name's words in their comparison spelling ("ssrc" → "src", as the token "SSRC" is). */
  acronym?: string
}

/** The comparison tokens and legal-form codes of an organization name (folded tokens in). */
export function organizationTokens(folded: string[]): OrgTokens {
  // Dotted initials first, so "L.P." reads as the legal form lp and "A.B.C." as the name abc.
  const tokens = joinLetterRuns(folded)
  const legalForms: string[] = []
  const rest: string[] = []
  for (let i = 0; i < tokens.length; ) {
    const form = longestPhrase(tokens, i, ORG_LEGAL_FORMS, LONGEST_LEGAL_FORM)
    // A legal form is only set apart when something else names the organization.
    if (form && tokens.length > form.length) {
      legalForms.push(form.word)
      i += form.length
      continue
    }
    const synonym = longestPhrase(tokens, i, ORG_SYNONYMS, LONGEST_SYNONYM)
    if (synonym) {
      rest.push(synonym.word)
      i += synonym.length
      continue
    }
    rest.push(tokens[i++]!)
  }
  const kept = rest.filter((t) => !ORG_STOPWORDS.has(t))
  const named = kept.length > 0 ? kept : rest
  const acronym = acronymOf(named)
  return {
    tokens: named.map(seriesNumeral).map((t) => (/\d/.test(t) ? t : canonicalToken(t))),
    legalForms: [...new Set(legalForms)],
    ...(acronym ? { acronym: canonicalToken(acronym) } : {}),
  }
}

function longestPhrase(tokens: string[], start: number, table: Map<string, string>, longest: number): { word: string; length: number } | undefined {
  for (let n = Math.min(longest, tokens.length - start); n > 0; n--) {
    const word = table.get(tokens.slice(start, start + n).join(' '))
    if (word !== undefined) return { word, length: n }
  }
  return undefined
}

// Initials of stopwords are usually left out of acronyms ("Scientific Studies and Research Center" → SSRC).
/** The acronym of an organization name's folded tokens, for names of two words or more: "ssrc". */
export function acronymOf(tokens: string[]): string | undefined {
  const words = tokens.filter((t) => !ORG_STOPWORDS.has(t) && !/^\d+$/.test(t) && !ORG_LEGAL_FORMS.has(t))
  return words.length >= 2 && words.length <= 8 ? words.map((w) => w[0]).join('') : undefined
}
