import { describe, expect, it } from 'vitest'
import { AppError } from '../errors.js'
import { checkEntityFilter } from './entity-filter.js'
import { closestValue, countryCodeProblem, hsCodeProblem, isCalendarTimestamp, TOPICS } from './valid-values.js'

const DATASETS = ['cers', 'un_sc_sanctions', 'us_ofac_sdn']

function filterError(spec: Parameters<typeof checkEntityFilter>[0]): AppError | undefined {
  try {
    checkEntityFilter(spec)
    return undefined
  } catch (error) {
    return error as AppError
  }
}

describe('checkEntityFilter', () => {
  it('accepts every known dataset, schema and topic', () => {
    expect(
      filterError({
        datasets: DATASETS,
        scope: 'default',
        includeDatasets: ['us_ofac_sdn'],
        excludeDatasets: ['cers'],
        excludeSchemata: ['Vessel'],
        topics: ['sanction', 'export.control'],
      }),
    ).toBeUndefined()
  })

  it.each([
    [
      { includeDatasets: ['us_ofac_sdm'] },
      'include_dataset',
      /Unknown dataset 'us_ofac_sdm' in include_dataset\. Did you mean 'us_ofac_sdn'\? Valid values: cers, un_sc_sanctions, us_ofac_sdn\./,
    ],
    [{ excludeDatasets: ['un_sc'] }, 'exclude_dataset', /'un_sc'/],
    [{ excludeSchemata: ['vessel'] }, 'exclude_schema', /Did you mean 'Vessel'\?/],
    [{ topics: ['sanctions'] }, 'topics', /Did you mean 'sanction'\?.*sanction\.linked/],
  ])('refuses %o, naming %s', (filters, field, message) => {
    const error = filterError({ datasets: DATASETS, scope: 'default', ...filters })
    expect(error).toBeInstanceOf(AppError)
    expect(error).toMatchObject({ code: 'bad_input', location: { field } })
    expect(error!.message).toMatch(message)
  })

  it('refuses an included dataset outside the scope, which could only give nothing', () => {
    expect(filterError({ datasets: DATASETS, scope: 'cers', includeDatasets: ['us_ofac_sdn'] })?.message).toMatch(/Valid values: cers\./)
  })
})

describe('valid values', () => {
  it('lists FtM topics and the derived ones', () => {
    expect(TOPICS).toEqual(expect.arrayContaining(['sanction', 'sanction.control', 'sanction.linked', 'export.control', 'debarment']))
  })

  it.each([
    ['cres', ['cers', 'eu_fsf'], 'cers'],
    ['sanctions', TOPICS, 'sanction'],
    ['banana', ['cers', 'eu_fsf'], undefined],
  ])('suggests for %s', (value, valid, suggestion) => {
    expect(closestValue(value, valid)).toBe(suggestion)
  })

  it.each([
    ['sy', undefined],
    ['xk', undefined],
    ['Syria', /'Syria' is not a country code.*such as 'sy'/],
    ['SY', /such as 'sy'/],
    ['xx', /'xx'.*ISO 3166-1 alpha-2/],
    ['Lebanon', /such as 'lb'/],
  ])('country %s', (value, problem) => {
    const found = countryCodeProblem(value)
    if (problem === undefined) expect(found).toBeUndefined()
    else expect(found).toMatch(problem)
  })

  it.each([
    ['8419.89', true],
    ['84', true],
    ['8419.89.00', true],
    [' 9401 ', true],
    ['abc', false],
    ['HS 8419', false],
    ['8419-89', false],
    ['', false],
  ])('HS code %j valid: %s', (code, valid) => {
    expect(hsCodeProblem(code) === undefined).toBe(valid)
  })

  it.each([
    ['2024-05-03', true],
    ['2024-02-29T10:00', true],
    ['2024-05-03T23:59:59', true],
    ['2023-02-29', false],
    ['2024-13-01', false],
    ['2024-05-03T24:00', false],
    ['2024-04-31', false],
  ])('changed_since %s is a real date: %s', (value, real) => {
    expect(isCalendarTimestamp(value)).toBe(real)
  })
})
