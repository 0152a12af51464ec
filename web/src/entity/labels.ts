/** Words for FtM property names, so tables say "Birth date" rather than `birthDate`. */

const KNOWN: Record<string, string> = {
  name: 'Name',
  alias: 'Alias',
  weakAlias: 'Weak alias',
  previousName: 'Previous name',
  abbreviation: 'Abbreviation',
  firstName: 'First name',
  lastName: 'Last name',
  middleName: 'Middle name',
  fatherName: 'Patronymic',
  birthDate: 'Birth date',
  birthPlace: 'Birth place',
  incorporationDate: 'Incorporation date',
  dissolutionDate: 'Dissolution date',
  imoNumber: 'IMO number',
  idNumber: 'ID number',
  sourceUrl: 'Source URL',
}

/** `incorporationDate` → "Incorporation date". */
export function propertyLabel(prop: string): string {
  const known = KNOWN[prop]
  if (known) return known
  const words = prop.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase()
  return words.charAt(0).toUpperCase() + words.slice(1)
}

/** The writing system of a name, for labelling names in other scripts than Latin. */
export function scriptOf(text: string): string {
  if (/\p{Script=Arabic}/u.test(text)) return 'Arabic'
  if (/\p{Script=Cyrillic}/u.test(text)) return 'Cyrillic'
  if (/\p{Script=Han}/u.test(text)) return 'Chinese'
  if (/\p{Script=Hangul}/u.test(text)) return 'Korean'
  if (/\p{Script=Hebrew}/u.test(text)) return 'Hebrew'
  if (/\p{Script=Greek}/u.test(text)) return 'Greek'
  if (/\p{Script=Thaana}|\p{Script=Devanagari}|\p{Script=Thai}|\p{Script=Georgian}|\p{Script=Armenian}/u.test(text)) return 'Other script'
  return 'Latin'
}
