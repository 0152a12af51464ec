/**
 * The columns of the EU annex CSVs transcribed by OpenSanctions, and the FtM property each one
 * fills. Multi-valued columns are split on ';' (see cell-values.ts); free text is kept whole.
 */

export const ANNEX_REQUIRED = ['celex', 'recordId', 'programKey', 'schema', 'name']

/** Columns read for the Sanction or the entity's identity, not copied as properties. */
export const ANNEX_RECORD_COLUMNS = ['celex', 'recordId', 'programKey', 'annex', 'measure', 'startDate', 'reason', 'schema', 'name']

/** Columns whose cell is one text, even with a ';' in it. */
export const WHOLE_TEXT = new Set(['notes', 'appearance', 'ethnicity'])

/** Columns holding countries or dates, where a closing full stop is punctuation. */
export const COUNTRY_COLUMNS = new Set(['country', 'nationality', 'jurisdiction', 'flag'])
export const DATE_COLUMNS = new Set(['birthDate', 'incorporationDate'])

/** Property columns; each is named as the FtM property it fills. */
export const ANNEX_PROPERTY_COLUMNS = [
  'alias',
  'weakAlias',
  'previousName',
  'country',
  'nationality',
  'jurisdiction',
  'birthDate',
  'birthPlace',
  'position',
  'passportNumber',
  'gender',
  'appearance',
  'ethnicity',
  'fatherName',
  'motherName',
  'incorporationDate',
  'legalForm',
  'sector',
  'registrationNumber',
  'taxNumber',
  'idNumber',
  'innCode',
  'ogrnCode',
  'kppCode',
  'okpoCode',
  'leiCode',
  'swiftBic',
  'ticker',
  'imoNumber',
  'mmsi',
  'flag',
  'address',
  'phone',
  'email',
  'website',
  'notes',
]

export const ANNEX_COLUMNS = [...ANNEX_RECORD_COLUMNS, ...ANNEX_PROPERTY_COLUMNS]
