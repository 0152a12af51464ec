/** The Data page's routes: a dataset's kept versions, the diff between two, a rollback. */
import { z } from 'zod'

/** Entities listed per section of a diff; the counts are always whole. */
export const MAX_DIFF_LIMIT = 500

export const datasetParams = z.object({ dataset: z.string().min(1).max(200) })

export const diffQuery = z.object({
  from: z.string().min(1).max(100).optional().meta({ description: 'The older version (default: the one before `to`).' }),
  to: z.string().min(1).max(100).optional().meta({ description: 'The newer version (default: the live one).' }),
  limit: z.coerce.number().int().min(0).max(MAX_DIFF_LIMIT).default(50).meta({ description: 'Entities listed in each section.' }),
})

export const rollbackBody = z.object({
  version: z.string().min(1).max(100).optional().meta({ description: 'The kept version to make live (default: the one before the live one).' }),
})

const versionModel = z.object({
  version: z.string(),
  status: z.enum(['loading', 'live', 'retired']),
  format: z.string(),
  source_path: z.string(),
  source_url: z.string().nullable(),
  source_date: z.string().nullable(),
  imported_at: z.string().nullable(),
  entities: z.number().int(),
  statements: z.number().int(),
  warnings: z.number().int(),
})

export const versionsResponse = z.object({ dataset: z.string(), live: z.string().nullable(), versions: z.array(versionModel) })

const entitySummary = z.object({ id: z.string(), caption: z.string(), schema: z.string() })

export const diffResponse = z.object({
  dataset: z.string(),
  from: z.string(),
  to: z.string(),
  counts: z.object({ added: z.number().int(), removed: z.number().int(), changed: z.number().int() }),
  added: z.array(entitySummary),
  removed: z.array(entitySummary),
  changed: z.array(entitySummary.extend({ properties: z.array(z.string()).meta({ description: 'The properties whose values differ.' }) })),
  truncated: z.boolean().meta({ description: 'Some section lists fewer entities than its count (see `limit`).' }),
})

export const rollbackResponse = z.object({
  dataset: z.string(),
  version: z.string().meta({ description: 'The version live now.' }),
  previous: z.string().meta({ description: 'The version live before, kept and retired.' }),
})
