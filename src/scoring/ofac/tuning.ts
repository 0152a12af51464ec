/**
 * The numbers of the `ofac` algorithm, each with the row of OFAC's own scores that fixes it
 * (nomenklatura's ofac_search_fixtures, dev half). Jaro-Winkler itself is the standard one
 * (`text/distance.ts`: prefix of up to 4 letters, scale 0.1), which the same rows agree with:
 * "PUTIN" vs "PUTINA, Maria" is 97 there and 0.967 here.
 */

// A query part closer than this to no listed part counts as no agreement at all. "GEORGE BUSH" vs
// "HASWANI, George" is 50: "bush" vs "haswani" (0.46) adds nothing. "GEORGE BUSH" vs "JAMIL GEORGES,
// Fahd" is 77: "bush" vs "fahd" (0.50) does count.
export const PART_FLOOR = 0.5

// Query parts shorter than this are left out when the query has longer ones. "KIM JONG UN" vs
// "KIM, Jong Man" is 100, and "AL-QAEDA" vs "AL QAIDA" 90, as "qaeda" vs "qaida" (0.89) alone.
// A query of nothing but short parts keeps them: "Z" vs "ALBARRAQ Z" is 100.
export const MIN_PART_LENGTH = 3

// Two parts with one Soundex code close this share of the gap between their Jaro-Winkler and 1.
// "ESCOBAR" vs "ESSABAR, Zakariya" is 82 (0.79 by Jaro-Winkler, 0.81 with it); "HUSSEIN" vs
// "HUSSAINI" 95 (0.92, 0.93). More lifts "PUTIN" vs "PATINO FOMEQUE, Victor Hugo" past its 85.
export const SOUNDEX_SHARE = 0.1
