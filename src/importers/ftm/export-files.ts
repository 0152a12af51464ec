/** Finding the files of an OpenSanctions-style export: a file named directly, or the folder that holds it. */
import { readdir, stat } from 'node:fs/promises'
import { basename, join } from 'node:path'
import { AppError } from '../../errors.js'

/** The path itself when it is a file, else `name` inside the folder. */
export async function resolveExportFile(path: string, name: string): Promise<string> {
  if (!(await isFolder(path))) return path
  const inside = join(path, name)
  if (!(await stat(inside).catch(() => undefined))?.isFile()) {
    throw new AppError('bad_file', `The folder holds no ${name}. Point at the file, or at the folder of an export.`, { file: basename(path) })
  }
  return inside
}

/**
 * The delta files to apply, in order: the file itself, or the `entities.delta.json` of the folder and
 * of each subfolder, in name order, which is publication order for OpenSanctions' version names
 * ("20240527194702-wnk").
 */
export async function resolveDeltaFiles(path: string): Promise<string[]> {
  if (!(await isFolder(path))) return [path]
  const names = (await readdir(path, { withFileTypes: true }))
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort()
  const candidates = [join(path, 'entities.delta.json'), ...names.map((name) => join(path, name, 'entities.delta.json'))]
  const files: string[] = []
  for (const file of candidates) if ((await stat(file).catch(() => undefined))?.isFile()) files.push(file)
  if (!files.length) throw new AppError('bad_file', 'The folder holds no entities.delta.json, nor do its subfolders.', { file: basename(path) })
  return files
}

async function isFolder(path: string): Promise<boolean> {
  return (await stat(path).catch(() => undefined))?.isDirectory() ?? false
}
