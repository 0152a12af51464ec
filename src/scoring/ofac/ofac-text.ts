/**
 * A name as OFAC's Sanctions List Search reads it: the whole string, kept in its written order
 * ("PUTIN, Vladimir" stays last name first), and its parts. Hyphens join in the whole string
 * ("BASHIR-UD-DIN" is "bashiruddin") and split into parts; a listed name offers both.
 */
import { foldText } from '../../text/normalize.js'
import { MIN_PART_LENGTH } from './tuning.js'

export interface OfacText {
  /** Folded, hyphens dropped, punctuation as single spaces: "putin vladimir". */
  whole: string
  /** The parts compared one by one. */
  parts: string[]
}

const HYPHENS = /[-‐‑–]/g

/** The query's whole string and parts, its short parts left out when it has longer ones. */
export function readQuery(name: string): OfacText {
  const parts = splitParts(name)
  const long = parts.filter((part) => part.length >= MIN_PART_LENGTH)
  return { whole: wholeOf(name), parts: long.length > 0 ? long : parts }
}

/** A listed name's whole string and parts: "Bashir-Ud-Din" gives "bashir", "ud", "din" and "bashiruddin". */
export function readListed(name: string): OfacText {
  const joined = splitParts(name.replace(HYPHENS, ''))
  return { whole: wholeOf(name), parts: [...new Set([...splitParts(name), ...joined])] }
}

function wholeOf(name: string): string {
  return foldText(name.replace(HYPHENS, ''))
}

function splitParts(name: string): string[] {
  return foldText(name).split(' ').filter(Boolean)
}
