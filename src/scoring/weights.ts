/** Tuning numbers, each with the example that justifies it. */

// "Amro" vs "Amr" scores 0.93 by Jaro-Winkler; "Omar" vs "Amr" 0.72: keep the first, drop the second.
export const TOKEN_MATCH_FLOOR = 0.82
// "Mohammed" vs "Muhammad" share the Double Metaphone key MHMT though their spelling differs.
export const PHONETIC_TOKEN_SIMILARITY = 0.9
// A name is mostly judged from the query's side: a list entry often carries more given names
// ("Amr Muhammad Najib AL-ARMANAZI") than a customer record ("Amr Armanazi").
export const QUERY_COVERAGE_SHARE = 0.7
// A token of unknown rarity (a query-only token) counts like a fairly rare one.
export const UNKNOWN_TOKEN_RARITY = 8
// "Siemens AG" vs "Siemens LLC": the legal form is often omitted or translated, so a mismatch costs little.
export const LEGAL_FORM_MISMATCH = 0.02
// A match on a weak alias ("Abu Ahmad") alone is worth this much of a strong name match.
export const WEAK_ALIAS_FACTOR = 0.8
