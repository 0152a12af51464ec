/**
 * `vigil update`: fetch each dataset's files from its publisher (or a mirror) into a fresh folder
 * and import them as a new version. One dataset failing does not stop the others.
 */
import { mkdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { getImporter } from '../importers/registry.js'
import { datasetPath } from '../resources.js'
import type { GatePolicy } from '../store/import-gates.js'
import { importList, type ImportResult } from '../store/import-list.js'
import type { Store } from '../store/store.js'
import { fetchFile } from './fetch-file.js'
import { sourceOf, type ManifestDataset } from './manifest.js'

export interface UpdateOptions {
  store: Store
  datasets: ManifestDataset[]
  /** Folder for downloads; each run gets its own subfolder, removed after import. */
  downloads: string
  mirror?: string
  onDataset?: (name: string, stage: 'fetching' | 'importing') => void
  /** Sanity gates for every import (--max-shrink, --allow-shrink, --force); the manifest's format is added per dataset. */
  gates?: Partial<GatePolicy>
}

export type UpdateOutcome = { dataset: string; ok: true; result: ImportResult; source: string } | { dataset: string; ok: false; error: Error }

export async function updateDatasets(options: UpdateOptions): Promise<UpdateOutcome[]> {
  const outcomes: UpdateOutcome[] = []
  for (const dataset of options.datasets) {
    try {
      outcomes.push(await updateOne(dataset, options))
    } catch (error) {
      outcomes.push({ dataset: dataset.name, ok: false, error: error as Error })
    }
  }
  return outcomes
}

async function updateOne(dataset: ManifestDataset, options: UpdateOptions): Promise<UpdateOutcome> {
  const importer = getImporter(dataset.format)
  if (dataset.bundled) {
    options.onDataset?.(dataset.name, 'importing')
    const path = datasetPath(dataset.bundled)
    const result = await importList(options.store, { importer, path, dataset: dataset.name, gates: gatesFor(dataset, options) })
    return { dataset: dataset.name, ok: true, result, source: `bundled: datasets/${dataset.bundled}` }
  }
  const folder = join(options.downloads, `${dataset.name}-${Date.now()}`)
  mkdirSync(folder, { recursive: true })
  try {
    options.onDataset?.(dataset.name, 'fetching')
    const fetched = await fetchAll(dataset, folder, options.mirror)
    options.onDataset?.(dataset.name, 'importing')
    const path = dataset.files.length === 1 ? join(folder, dataset.files[0]!.name) : folder
    const main = fetched[0]
    const result = await importList(options.store, {
      importer,
      path,
      dataset: dataset.name,
      sourceUrl: main?.location,
      sourceDate: main?.date,
      gates: gatesFor(dataset, options),
    })
    return { dataset: dataset.name, ok: true, result, source: fetched.map((f) => f.location).join(' ') }
  } finally {
    rmSync(folder, { recursive: true, force: true })
  }
}

function gatesFor(dataset: ManifestDataset, options: UpdateOptions): Partial<GatePolicy> {
  return { ...options.gates, manifestFormat: dataset.format }
}

interface FetchedFile {
  location: string
  /** The data date the mirror states for its copy, else the server's Last-Modified. */
  date?: string
}

/** Fetch every file; an optional file that cannot be had is skipped, a required one fails the dataset. */
async function fetchAll(dataset: ManifestDataset, folder: string, mirror: string | undefined): Promise<FetchedFile[]> {
  const fetched: FetchedFile[] = []
  for (const file of dataset.files) {
    const location = sourceOf(file, mirror)
    if (!location) continue
    try {
      const { lastModified } = await fetchFile(location, join(folder, file.name))
      fetched.push({ location, date: (mirror ? file.mirror_date : undefined) ?? lastModified })
    } catch (err) {
      if (!file.optional) throw err
    }
  }
  return fetched
}
