/**
 * The shipment as input (API body, CLI line), checked with zod: countries, the route's and the
 * parties' own (country, nationality, jurisdiction…), must be ISO alpha-2 codes and HS codes digits,
 * since a misspelt one would silently match no embargo, diversion hub or control-list heading.
 */
import { z } from 'zod'
import { model, propertiesOf } from '../../model/ftm.js'
import { countryCodeProblem, hsCodeProblem } from '../valid-values.js'
import { ROLES, type Shipment } from './shipment.js'

/** A zod check from a function that says what is wrong with a value, or nothing. */
function problemCheck(problemOf: (value: string) => string | undefined) {
  return (value: string, ctx: z.RefinementCtx) => {
    const problem = problemOf(value)
    if (problem) ctx.addIssue({ code: 'custom', message: problem })
  }
}

const country = z
  .string()
  .transform((c) => c.trim().toLowerCase())
  .superRefine(problemCheck(countryCodeProblem))

const hsCode = z.string().superRefine(problemCheck(hsCodeProblem))

const party = z
  .object({
    role: z.enum(ROLES),
    schema: z.string().default('LegalEntity'),
    properties: z.record(z.string(), z.unknown()),
  })
  .superRefine(({ schema, properties }, ctx) => {
    for (const [prop, raw] of Object.entries(properties)) {
      if (!isCountryProperty(schema, prop)) continue
      for (const [i, value] of (Array.isArray(raw) ? raw : [raw]).entries()) {
        const problem = typeof value === 'string' ? countryCodeProblem(value.trim().toLowerCase()) : 'a country code is a string'
        if (problem) ctx.addIssue({ code: 'custom', message: problem, path: ['properties', prop, ...(Array.isArray(raw) ? [i] : [])] })
      }
    }
  })

// Unknown schemata and properties are left to the query check, which names them.
function isCountryProperty(schema: string, prop: string): boolean {
  const found = model.schemata[schema]
  return found !== undefined && propertiesOf(found).get(prop)?.type.name === 'country'
}

const amount = z.union([z.number(), z.string()])

export const shipmentSchema = z.object({
  parties: z.array(party).min(1, { message: 'at least one party is required' }),
  route: z
    .object({
      origin: country.optional(),
      transit: z.array(country).default([]),
      destination: country.optional(),
    })
    .default({ transit: [] }),
  goods: z
    .array(
      z.object({
        description: z.string().optional(),
        hsCode: hsCode.optional(),
        quantity: amount.optional(),
        value: amount.optional(),
      }),
    )
    .default([]),
  payment: z.object({ country: country.optional(), payer: z.string().optional() }).optional(),
})

export type ShipmentInput = z.input<typeof shipmentSchema>

export function asShipment(parsed: z.output<typeof shipmentSchema>): Shipment {
  return parsed as Shipment
}
