/** The source manifest: each dataset's format and where its publisher puts the files. */
import { readFileSync } from 'node:fs'
import { parse } from 'yaml'
import { z } from 'zod'
import { AppError } from '../errors.js'
import { datasetPath } from '../resources.js'

const fileSchema = z.object({
  name: z.string().regex(/^[\w.-]+$/, 'a plain file name'),
  url: z.string().url(),
  mirror: z.string().optional(),
  // YAML reads an unquoted 2024-05-03 as a date; either form becomes "2024-05-03".
  mirror_date: z.union([z.date().transform((d) => d.toISOString().slice(0, 10)), z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date, YYYY-MM-DD')]).optional(),
  optional: z.boolean().default(false),
})

const datasetSchema = z.object({
  name: z.string().regex(/^[a-z0-9_]+$/),
  title: z.string(),
  publisher: z.string(),
  format: z.string(),
  bundled: z.string().optional(),
  files: z.array(fileSchema).default([]),
})

const manifestSchema = z.object({ datasets: z.array(datasetSchema).min(1) })

export type ManifestFile = z.infer<typeof fileSchema>
export type ManifestDataset = z.infer<typeof datasetSchema>

export const DEFAULT_MANIFEST = datasetPath('manifest.yaml')

/** Read and check a manifest file; a mistake names the entry and field. */
export function loadManifest(path = DEFAULT_MANIFEST): ManifestDataset[] {
  let raw: unknown
  try {
    raw = parse(readFileSync(path, 'utf-8'))
  } catch (err) {
    throw new AppError('bad_file', `Cannot read the manifest: ${(err as Error).message}`, { file: path })
  }
  const parsed = manifestSchema.safeParse(raw)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!
    throw new AppError('bad_file', `Manifest entry ${issue.path.join('.')}: ${issue.message}`, { file: path })
  }
  return parsed.data.datasets
}

/** The manifest entries for the named datasets (all when none are named); an unknown name is an error. */
export function selectDatasets(manifest: ManifestDataset[], names: string[]): ManifestDataset[] {
  if (names.length === 0) return manifest
  return names.map((name) => {
    const found = manifest.find((d) => d.name === name)
    if (!found) throw new AppError('unknown_dataset', `No dataset '${name}' in the manifest. Known: ${manifest.map((d) => d.name).join(', ')}.`)
    return found
  })
}

/** The publisher's title of each dataset in the manifest, for the catalog. */
export function titlesOf(manifest: ManifestDataset[]): Map<string, string> {
  return new Map(manifest.map((d) => [d.name, d.title]))
}

/** Where to fetch a file from: the mirror when one is given (and the file has a mirror path), else its publisher. */
export function sourceOf(file: ManifestFile, mirror: string | undefined, env = process.env): string | undefined {
  if (mirror) return file.mirror ? joinLocation(mirror, file.mirror) : undefined
  return file.url.replace(/\$\{(\w+)\}/g, (_, name: string) => env[name] ?? '')
}

function joinLocation(root: string, path: string): string {
  return `${root.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`
}
