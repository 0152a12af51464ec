/** Tuning numbers, each with the example that justifies it. */

// Token similarity.
// "Amro" vs "Amr" scores 0.93 by Jaro-Winkler; "Omar" vs "Amr" 0.72: keep the first, drop the second.
export const TOKEN_MATCH_FLOOR = 0.84
// "Gaddafi" vs "Qadhafi" (0.81 in spelling) share the Double Metaphone key KTF: sound lifts them
// halfway to this, 0.845. "Bianca" vs "Bank" (0.78) would reach only 0.83, below the floor, and
// "Cooper" vs "Kbir" (0.47) 0.68: a shared sound never makes different words alike on its own.
export const PHONETIC_TOKEN_SIMILARITY = 0.88
// "Jia" is the start of "Jianping" and "Amr" of "Amriki": a truncation of two letters or more is
// scored by the letters the two share (0.38, 0.5), not by Jaro-Winkler's prefix bonus (0.85, 0.9).
// One letter more is still a spelling: "Georg" and "Georgi", "Azad" and "Azade".
export const TRUNCATION_MIN_LETTERS = 2
// Jaro-Winkler forgives letters missing from a long token: "Mahathir" vs "Mahir" 0.91, "Ronaldinho"
// vs "Ronaldo" 0.94, a Korean given name "hyeonjeong" vs "hyeok" 0.84. Three letters or more apart,
// the edit similarity decides (0.63, 0.7, 0.4): below the floor. Spellings of one name rarely
// differ by so much ("Gaddafi" vs "Qadhafi": none; "Mohd" is in the variants table).
export const LENGTH_GAP_LETTERS = 3
// A token of three letters or fewer two letters shorter than the other is scored the same way:
// "ai" against "aria" is 0.85 by Jaro-Winkler, 0.5 by the letters they share.
export const SHORT_TOKEN_LETTERS = 3
// "butin" (بوتين read letter by letter) vs "putin": one skeleton, PTN; worth a little less than sound.
export const SKELETON_TOKEN_SIMILARITY = 0.86
// A reading from an abjad carries no short vowels: "rbi" (ربيع) is Rabi by its two consonants.
export const READING_MIN_CONSONANTS = 2
// Two-consonant skeletons are shared by different names ("hasan" and "husni" are both SN).
export const SKELETON_MIN_CONSONANTS = 3
// "A. Armanazi" vs "Amr Armanazi": an initial agrees with the name, but proves less.
export const INITIAL_SIMILARITY = 0.8
// "Patr ushev" vs "Patrushev", "Ramimakhlouf" vs "Rami Makhlouf": joined, the tokens must be this close.
export const JOINED_TOKEN_SIMILARITY = 0.93
// A fuzzy pair costs this many times its distance: "Schulze" vs "Scholz" (0.87) counts 0.68, and a
// pair barely over the floor ("mahrus" vs "mahluf", Mahrous and Makhluf, 0.85) 0.63, so two fuzzy
// tokens are not worth two exact ones.
export const FUZZY_COST = 2.5
// A romanized name is approximate by nature: "fladimir butin" (فلاديمير بوتين) vs "vladimir putin"
// meets by skeleton (0.86), and counts 0.86 rather than 0.72.
export const ROMANIZED_FUZZY_COST = 1

// Name score.
// A name is mostly judged from the query's side: a list entry often carries more given names
// ("Amr Muhammad Najib AL-ARMANAZI") than a customer record ("Amr Armanazi").
export const QUERY_COVERAGE_SHARE = 0.6
// Tokens left unpaired on both sides are a different name, not a shorter one: "Ali Saddam Hussein
// al-Rawi" vs "Ali Saddam Hussein al-Tikriti" loses this times the smaller unpaired share (0.25).
export const CONFLICT_PENALTY = 1.2
// A person is not named by one word when the query gives more: "Julia Korhonen" against the alias
// JULIA, "许志明" (xu jiming) against "XU, Bin" (the family name alone), "Lucas Rivera" against a
// Lucas. One pair of tokens between a query of two words or more and a person's name stays below
// the default threshold (0.7), whatever the rarity of the word.
export const SINGLE_TOKEN_PERSON_CAP = 0.65
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
