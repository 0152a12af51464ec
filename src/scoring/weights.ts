/** Tuning numbers, each with the example that justifies it. */

// Token similarity.
// "Amro" vs "Amr" scores 0.93 by Jaro-Winkler; "Omar" vs "Amr" 0.72: keep the first, drop the second.
export const TOKEN_MATCH_FLOOR = 0.84
// "Mohammed" vs "Muhammad" share the Double Metaphone key MHMT though their spelling differs.
export const PHONETIC_TOKEN_SIMILARITY = 0.88
// "butin" (بوتين read letter by letter) vs "putin": one skeleton, PTN; worth a little less than sound.
export const SKELETON_TOKEN_SIMILARITY = 0.86
// Two-consonant skeletons are shared by different names ("hasan" and "husni" are both SN).
export const SKELETON_MIN_CONSONANTS = 3
// "A. Armanazi" vs "Amr Armanazi": an initial agrees with the name, but proves less.
export const INITIAL_SIMILARITY = 0.8
// "Patr ushev" vs "Patrushev", "Ramimakhlouf" vs "Rami Makhlouf": joined, the tokens must be this close.
export const JOINED_TOKEN_SIMILARITY = 0.93
// A fuzzy pair costs this many times its distance: "Schulze" vs "Scholz" (0.87) counts 0.74, so
// two fuzzy tokens are not worth two exact ones.
export const FUZZY_COST = 2
// A romanized name is approximate by nature: "fladimir butin" (فلاديمير بوتين) vs "vladimir putin"
// meets by skeleton (0.86), and counts 0.86 rather than 0.72.
export const ROMANIZED_FUZZY_COST = 1

// Name score.
// A name is mostly judged from the query's side: a list entry often carries more given names
// ("Amr Muhammad Najib AL-ARMANAZI") than a customer record ("Amr Armanazi").
export const QUERY_COVERAGE_SHARE = 0.6
// Tokens left unpaired on both sides are a different name, not a shorter one: "Ali Saddam Hussein
// al-Rawi" vs "Ali Saddam Hussein al-Tikriti" loses this times the smaller unpaired share (0.25).
export const CONFLICT_PENALTY = 0.9
// A token of unknown rarity (a query-only token) counts like a fairly rare one.
export const UNKNOWN_TOKEN_RARITY = 8
// "Mohammad", "Ali", "Khan" say little even where a list has few of them.
export const COMMON_TOKEN_RARITY = 2
// Rarity needs names to count over: in a file of two pairs, "vladimirovich" (once) would outweigh
// "putin" (twice). Below this many names every token weighs alike.
export const MIN_RARITY_CORPUS = 50
// An initial ("A.") weighs like a common token.
export const INITIAL_RARITY = 1.5
// "PLA" vs "People's Liberation Army": an acronym agrees with the words it abbreviates.
export const ACRONYM_SIMILARITY = 0.85
