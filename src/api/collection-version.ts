/**
 * The version of the `default` collection in OpenSanctions' form, "20261201190944-abc": the newest
 * dataset version's time, and three letters that change whenever any dataset's version does.
 * Clients written for yente (marble among them) read the time back from the first 14 digits of the
 * default collection's `index_version`; the composite data version ("cers@…,us_ofac_sdn@…") that
 * `/readyz` and every response carry would not parse there.
 */
import { dataVersionName } from '../screening/data-version/data-version.js'
import type { VersionInfo } from '../store/store.js'

export function collectionVersion(datasets: VersionInfo[]): string | null {
  if (datasets.length === 0) return null
  const newest = datasets
    .map((d) => d.version.slice(0, 14))
    .sort()
    .at(-1)!
  return `${newest}-${letters(dataVersionName(datasets))}`
}

/** Three letters a–z from an FNV-1a hash of the text. */
function letters(text: string): string {
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0
  let out = ''
  for (let i = 0; i < 3; i++, hash = Math.floor(hash / 26)) out += String.fromCharCode(97 + (hash % 26))
  return out
}
