/**
 * The CSL's `source` column names the list and the agency that keeps it:
 * "Entity List (EL) - Bureau of Industry and Security". Each list has its own legal effect, which
 * decides the topic of the listed party.
 */

export interface CslSource {
  /** The whole source text, e.g. "Entity List (EL) - Bureau of Industry and Security". */
  text: string
  /** The list's short code, e.g. "EL", "SDN", "NS-MBS List". */
  code: string
  list: string
  agency: string
  topic: 'sanction' | 'export.control' | 'debarment'
}

// Commerce lists restrict exports; the State Department's ITAR list debars from defence trade;
// the Treasury and State nonproliferation lists are sanctions.
const TOPIC_BY_CODE: Record<string, CslSource['topic']> = {
  EL: 'export.control',
  DPL: 'export.control',
  UVL: 'export.control',
  MEU: 'export.control',
  DTC: 'debarment',
}

/** Split the source text; a text in another shape is kept whole as the list's name. */
export function parseSource(text: string): CslSource {
  const m = text.match(/^(.*?)\s*\(([^)]+)\)\s*-\s*(.+)$/)
  const code = (m?.[2] ?? text).trim()
  return {
    text,
    code,
    list: (m?.[1] ?? text).trim(),
    agency: (m?.[3] ?? '').trim(),
    topic: TOPIC_BY_CODE[code.toUpperCase()] ?? 'sanction',
  }
}

const OFAC_AGENCY = /treasury/i

/** OFAC's own page for an entry, when the entry comes from a Treasury list and has OFAC's number. */
export function ofacDetailsUrl(source: CslSource, entityNumber: string): string | undefined {
  if (!OFAC_AGENCY.test(source.agency) || !/^\d+$/.test(entityNumber)) return undefined
  return `https://sanctionssearch.ofac.treas.gov/Details.aspx?id=${entityNumber}`
}
