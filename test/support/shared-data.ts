/** Paths to the real list files in the shared data folder beside the repository (see its PROVENANCE.md). */
import { fileURLToPath } from 'node:url'

const SHARED = new URL('../../../shared/data/', import.meta.url)

/** Absolute path of a file under shared/data, e.g. sharedData('ofac-sdn/2024-05-03/sdn.csv'). */
export function sharedData(path: string): string {
  return fileURLToPath(new URL(path, SHARED))
}
