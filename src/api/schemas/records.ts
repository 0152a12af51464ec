/** Shapes shared by the /v1 record routes: ids in paths, pages, free-form documented answers. */
import { z } from 'zod'

export const idParams = z.object({ id: z.coerce.number().int().min(1) })
export const page = {
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).default(0),
}
/** The record routes answer with the review layer's views; their fields are described in the README. */
export const recordAnswer = z.record(z.string(), z.unknown())
