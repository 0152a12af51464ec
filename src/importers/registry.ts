/** Every list format Vigil reads, by the name used on the command line. */
import { AppError } from '../errors.js'
import { curatedYaml } from './curated-yaml.js'
import { euCsv } from './eu/eu-csv.js'
import { ofacConsCsv, ofacSdnCsv } from './ofac/legacy-csv.js'
import { hmtCsv } from './hmt/hmt-csv.js'
import type { Importer } from './types.js'
import { cslCsv } from './csl/csl-csv.js'
import { bisDpl } from './bis/dpl-txt.js'
import { ftmDelta } from './ftm/ftm-delta.js'
import { ftmJson } from './ftm/ftm-json.js'
import { unScXml } from './un/un-xml.js'

export const IMPORTERS: readonly Importer[] = [ofacSdnCsv, ofacConsCsv, curatedYaml, unScXml, euCsv, hmtCsv, cslCsv, bisDpl, ftmJson, ftmDelta]

/** The importer for a format name, or an `unknown_format` error listing the known ones. */
export function getImporter(format: string): Importer {
  const importer = IMPORTERS.find((i) => i.format === format)
  if (!importer) {
    throw new AppError('unknown_format', `Unknown format '${format}'. Known formats: ${IMPORTERS.map((i) => i.format).join(', ')}.`)
  }
  return importer
}
