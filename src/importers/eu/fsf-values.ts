/** Small readings of FSF cell values: languages, identification numbers, address remarks. */

// The FSF tags names with the EU's two-letter language codes; statements carry ISO 639-3.
const LANGUAGES: Record<string, string> = {
  BG: 'bul',
  CS: 'ces',
  DA: 'dan',
  DE: 'deu',
  EL: 'ell',
  EN: 'eng',
  ES: 'spa',
  ET: 'est',
  FI: 'fin',
  FR: 'fra',
  GA: 'gle',
  HR: 'hrv',
  HU: 'hun',
  IT: 'ita',
  LT: 'lit',
  LV: 'lav',
  MT: 'mlt',
  NL: 'nld',
  PL: 'pol',
  PT: 'por',
  RO: 'ron',
  SK: 'slk',
  SL: 'slv',
  SV: 'swe',
  AR: 'ara',
  RU: 'rus',
  ZH: 'zho',
}

/** "FR" → "fra"; undefined for a code we do not know. */
export function languageOf(code: string): string | undefined {
  return LANGUAGES[code.trim().toUpperCase()]
}

/**
 * A name with letters the file's 8-bit encoding could not hold, written as '?': "???????? Abu Nidal",
 * "Revolu?ní rada Fatáhu". Names in the FSF have no question marks of their own.
 */
export function isLostToEncoding(name: string): boolean {
  return name.includes('?')
}

export interface IdentificationText {
  number: string
  /** passport, id or other, as the FSF tags it. */
  kind: string
  type?: string
  remark?: string
}

/** "AD001095 (passport-National passport) ((passport))" → number, kind and type. */
export function readIdentification(text: string): IdentificationText {
  const m = text.match(/^(.*?)\s*\(([a-z]+)-([^)]*)\)\s*(.*)$/i)
  if (!m) return { number: text.trim(), kind: 'other' }
  const kind = m[2]!.toLowerCase()
  // The tail often only repeats the kind: "((passport))".
  const remark = m[4]!
    .trim()
    .replace(/^\(\(\w+\)\)$/, '')
    .replace(/^\((.*)\)$/, '$1')
    .trim()
  return { number: m[1]!.trim(), kind, type: m[3]!.trim() || undefined, remark: remark || undefined }
}

/** "PHONE[668 33 01\t 0300-820 91 99] FAX[662 38 14]" → phones, and the rest as remarks. */
export function readAddressOther(text: string): { phones: string[]; remarks: string[] } {
  const phones: string[] = []
  const remarks: string[] = []
  const rest = text
    .replace(/([A-Z]+)\[([^\]]*)\]/g, (_all, tag: string, value: string) => {
      const values = value
        .split(/\t/)
        .map((v) => v.trim())
        .filter(Boolean)
      if (tag === 'PHONE') phones.push(...values)
      else remarks.push(`${tag.charAt(0)}${tag.slice(1).toLowerCase()}: ${values.join(', ')}`)
      return ' '
    })
    .trim()
  if (rest) remarks.push(rest)
  return { phones, remarks }
}
