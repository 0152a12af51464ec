/** Finding the files of an OFAC legacy CSV set: a folder, or the main file with its companions beside it. */
import { existsSync, statSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { AppError } from '../../errors.js'

export interface OfacFileNames {
  main: string
  addresses: string
  aliases: string
  comments: string
}

export const SDN_FILES: OfacFileNames = { main: 'sdn.csv', addresses: 'add.csv', aliases: 'alt.csv', comments: 'sdn_comments.csv' }
export const CONS_FILES: OfacFileNames = { main: 'cons_prim.csv', addresses: 'cons_add.csv', aliases: 'cons_alt.csv', comments: 'cons_comments.csv' }

export interface OfacFileSet {
  main: string
  addresses?: string
  aliases?: string
  comments?: string
}

/** Resolve the path a user gave to the set of files to read; the main file must exist. */
export function findOfacFiles(path: string, names: OfacFileNames): OfacFileSet {
  if (!existsSync(path)) throw new AppError('bad_file', `No such file or folder: ${path}`, { file: basename(path) })
  const folder = statSync(path).isDirectory() ? path : dirname(path)
  const main = statSync(path).isDirectory() ? join(path, names.main) : path
  if (!existsSync(main)) {
    throw new AppError('bad_file', `The folder holds no ${names.main}. Point at the folder of an OFAC CSV set or at ${names.main} itself.`, {
      file: basename(path),
    })
  }
  const beside = (name: string) => (existsSync(join(folder, name)) ? join(folder, name) : undefined)
  return { main, addresses: beside(names.addresses), aliases: beside(names.aliases), comments: beside(names.comments) }
}
