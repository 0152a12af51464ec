/** The derived-risk paths on entity responses (see src/network/risk-types.ts), for the OpenAPI document. */
import { z } from 'zod'

const pathEntity = z.object({ id: z.string(), caption: z.string(), schema: z.string() })

export const riskPath = z.object({
  topic: z.enum(['sanction.control', 'sanction.linked']),
  steps: z
    .array(z.object({ id: z.string(), caption: z.string(), relation: z.string().optional() }))
    .meta({ description: 'From the entity to the listed party; each step says how it relates to the one before, e.g. "owned 60% by".' }),
  entities: z.array(pathEntity),
  links: z.array(
    z.object({
      kind: z.string(),
      percentage: z.number().optional(),
      role: z.string().optional(),
      via: z.string().meta({ description: 'The link entity (Ownership, UnknownLink…) or the entity whose property or remark states it.' }),
      source: z.string(),
    }),
  ),
  listed: pathEntity.extend({ datasets: z.array(z.string()) }),
  explanation: z.string().meta({
    examples: [
      'Branch 450 is a unit, branch or subsidiary of Institute 3000/6000; …; Syrian Scientific Studies and Research Center is listed (cers, us_ofac_sdn).',
    ],
  }),
})
