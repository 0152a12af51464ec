// The real lists the batch and scaling benchmarks screen against, as [format, path] for `vigil import`.
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = fileURLToPath(new URL('../', import.meta.url))
const DATA = join(ROOT, '..', 'shared', 'data')

/** @type {Array<[format: string, path: string]>} */
export const BATCH_LISTS = [
  ['yaml', join(ROOT, 'datasets', 'cers')],
  ['ofac-csv', join(DATA, 'ofac-sdn/2024-05-03/sdn.csv')],
  ['un-xml', join(DATA, 'un-sc-consolidated/2026-02-27/UN_consolidated.xml')],
  ['hmt-csv', join(DATA, 'uk-hmt-ofsi-conlist/2018-04-13/sanctionsconlist.csv')],
  ['eu-csv', join(DATA, 'eu-journal-annexes-opensanctions')],
  ['bis-dpl', join(DATA, 'us-bis-dpl/2023-11-30/dpl.txt')],
]
