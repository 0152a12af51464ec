/** Shapes shared by several routes: entities as yente returns them, totals, errors, list parameters. */
import { z } from 'zod'
import { isCalendarTimestamp } from '../../screening/valid-values.js'
import { riskPath } from './risk.js'

/** A query parameter that may be given once or repeated (`?topics=a&topics=b`). */
export const repeated = z.preprocess((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]), z.array(z.string()))

/** yente's timestamp pattern for `changed_since`. */
export const TIMESTAMP = /^\d{4}-\d{2}-\d{2}(T\d{2}(:\d{2}(:\d{2})?)?)?$/

const TIMESTAMP_EXAMPLE = 'expected a date such as 2024-05-03 or 2024-05-03T10:00'

/** `changed_since`: yente's pattern, and a day and time that exist (2024-02-30 is refused, not matched against). */
export const changedSince = z.string().regex(TIMESTAMP, TIMESTAMP_EXAMPLE).refine(isCalendarTimestamp, `not a real date; ${TIMESTAMP_EXAMPLE}`).optional()

export const errorResponse = z.object({
  status: z.number().int(),
  code: z.string().meta({ description: 'A stable error code, e.g. bad_input, unknown_schema, unknown_dataset.' }),
  detail: z.string().meta({ description: 'What went wrong and what to do next.' }),
})

export const totalSpec = z.object({ value: z.number().int(), relation: z.string() })

/** yente's EntityResponse; nested entities (sanctions, addresses, owners) may appear inside properties. */
export const entityResponse = z.object({
  id: z.string().meta({ examples: ['ofac-9352'] }),
  caption: z.string().meta({ examples: ['SCIENTIFIC STUDIES AND RESEARCH CENTER'] }),
  schema: z.string().meta({ examples: ['Organization'] }),
  properties: z.record(z.string(), z.array(z.unknown())).meta({ examples: [{ name: ['Scientific Studies and Research Center'] }] }),
  datasets: z.array(z.string()),
  referents: z.array(z.string()),
  target: z.boolean().meta({ description: 'True for a listed party (topic sanction, export control, debarment…).' }),
  first_seen: z.string().nullable(),
  last_seen: z.string().nullable(),
  last_change: z.string().nullable(),
  paths: z
    .array(riskPath)
    .optional()
    .meta({ description: 'Derived risk (topics sanction.control, sanction.linked): the chain to each listed party that proves it.' }),
  risk_warnings: z.array(z.string()).optional().meta({ description: 'Unknown ownership shares, shares over 100%, chains cut at the depth limit.' }),
})

export type EntityResponse = z.infer<typeof entityResponse>

export const statusResponse = z.object({ status: z.string() })
