/** The files of an EU CSV import: one file, or every *.csv in a folder, in name order. */
import { readdirSync, statSync } from 'node:fs'
import { basename, join } from 'node:path'
import { AppError } from '../../errors.js'

/** The CSV files to read, with their sizes for the progress bar. */
export function listEuFiles(path: string): Array<{ path: string; size: number }> {
  const info = (() => {
    try {
      return statSync(path)
    } catch {
      throw new AppError('bad_file', `No such file or folder: ${path}`, { file: basename(path) })
    }
  })()
  if (!info.isDirectory()) return [{ path, size: info.size }]
  const names = readdirSync(path)
    .filter((name) => name.toLowerCase().endsWith('.csv'))
    .sort()
  if (names.length === 0)
    throw new AppError('bad_file', 'The folder holds no .csv files. Point at an EU FSF CSV, an annex CSV, or a folder of them.', { file: basename(path) })
  return names.map((name) => ({ path: join(path, name), size: statSync(join(path, name)).size }))
}
