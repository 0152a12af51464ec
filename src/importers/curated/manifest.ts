/**
 * The dataset file of a curated dataset (`dataset.yaml`): what the dataset is, which article sections
 * its values may cite, the id prefix, and which files hold its entities. See datasets/README.md.
 */
import { existsSync, statSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import type { Node } from 'yaml'
import { AppError } from '../../errors.js'
import { listItems, mapEntries, readYamlFile, scalarText, type YamlEntry, type YamlFile } from '../read/yaml-file.js'

export const MANIFEST_FILE = 'dataset.yaml'

const MANIFEST_KEYS = new Set(['name', 'title', 'summary', 'publisher', 'source', 'prefix', 'sections', 'files'])

export interface CuratedManifest {
  title: string
  /** Every entity id starts with `<prefix>-`. */
  prefix?: string
  /** The article sections values may cite; a section outside this list is a typo. */
  sections: Set<string>
  /** Paths of the entity files, in the order the manifest lists them. */
  files: string[]
}

export interface CuratedFiles {
  manifest?: CuratedManifest
  files: string[]
}

/** A dataset folder (its dataset.yaml), a dataset.yaml, or one entity file (checked against a dataset.yaml beside it). */
export async function findCuratedFiles(path: string): Promise<CuratedFiles> {
  if (!existsSync(path)) throw new AppError('bad_file', `No such file or folder: ${path}`, { file: basename(path) })
  const folder = statSync(path).isDirectory() ? path : dirname(path)
  const manifestPath = join(folder, MANIFEST_FILE)
  if (!existsSync(manifestPath)) {
    if (statSync(path).isDirectory()) {
      throw new AppError('bad_file', `The folder holds no ${MANIFEST_FILE}. Point at a curated dataset folder or at one YAML file.`, { file: basename(path) })
    }
    return { files: [path] }
  }
  const manifest = readManifest(await readYamlFile(manifestPath), folder)
  const single = !statSync(path).isDirectory() && basename(path) !== MANIFEST_FILE
  return { manifest, files: single ? [path] : manifest.files }
}

function readManifest(yaml: YamlFile, folder: string): CuratedManifest {
  const entries = mapEntries(yaml, yaml.root, 'the dataset file')
  for (const entry of entries) {
    if (!MANIFEST_KEYS.has(entry.key)) fail(yaml, entry, `Unknown key '${entry.key}'. Known keys: ${[...MANIFEST_KEYS].join(', ')}.`)
  }
  const get = (key: string) => entries.find((e) => e.key === key)
  const title = scalarText(get('title')?.value)
  if (!title) throw new AppError('bad_file', "The dataset file needs a 'title'.", { file: yaml.file, line: 1 })
  const files = textList(yaml, get('files')).map((name) => join(folder, name))
  if (files.length === 0) throw new AppError('bad_file', "The dataset file lists no entity 'files'.", { file: yaml.file, line: get('files')?.line ?? 1 })
  for (const file of files) {
    if (!existsSync(file)) fail(yaml, get('files')!, `Listed file '${basename(file)}' does not exist.`)
  }
  return { title, prefix: scalarText(get('prefix')?.value), sections: new Set(textList(yaml, get('sections'))), files }
}

function textList(yaml: YamlFile, entry: YamlEntry | undefined): string[] {
  if (!entry) return []
  return listItems(entry.value).map((node: Node | null) => {
    const text = scalarText(node)
    if (!text) throw new AppError('bad_file', `Expected '${entry.key}' to be a list of names.`, { file: yaml.file, line: yaml.lineOf(node) ?? entry.line })
    return text
  })
}

function fail(yaml: YamlFile, entry: YamlEntry, message: string): never {
  throw new AppError('bad_file', message, { file: yaml.file, line: entry.line })
}
