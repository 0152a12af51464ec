/** Field conventions of OFAC's legacy CSV files. */

/** OFAC writes "-0- " for an empty field. */
export const OFAC_NULL = (field: string): string => (field.trim() === '-0-' ? '' : field.trim())

/** "SDGT] [IRGC" → ["SDGT", "IRGC"] */
export function splitPrograms(field: string): string[] {
  return field
    .split(/\]\s*\[/)
    .map((p) => p.replace(/[[\]]/g, '').trim())
    .filter(Boolean)
}

export const SCHEMA_BY_TYPE: Record<string, string> = {
  individual: 'Person',
  vessel: 'Vessel',
  aircraft: 'Airplane',
  '': 'Organization',
}

/** "ARMANAZI, Amr" → last "ARMANAZI", first "Amr"; a name without a comma gives nothing. */
export function splitPersonName(name: string): { lastName?: string; firstName?: string } {
  const comma = name.indexOf(',')
  if (comma < 0) return {}
  return { lastName: name.slice(0, comma).trim(), firstName: name.slice(comma + 1).trim() }
}
