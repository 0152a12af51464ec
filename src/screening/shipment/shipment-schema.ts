/** The shipment as input (API body, CLI line), checked with zod: countries must be ISO alpha-2 codes. */
import { z } from 'zod'
import { countryCode } from '../../model/countries.js'
import { ROLES, type Shipment } from './shipment.js'

const country = z
  .string()
  .refine((c) => /^[a-z]{2}$/i.test(c.trim()) && countryCode(c) !== undefined, { message: 'not an ISO 3166-1 alpha-2 country code (e.g. "sy", "lb", "de")' })
  .transform((c) => c.trim().toLowerCase())

const amount = z.union([z.number(), z.string()])

export const shipmentSchema = z.object({
  parties: z.array(z.object({
    role: z.enum(ROLES),
    schema: z.string().default('LegalEntity'),
    properties: z.record(z.string(), z.unknown()),
  })).min(1, { message: 'at least one party is required' }),
  route: z.object({
    origin: country.optional(),
    transit: z.array(country).default([]),
    destination: country.optional(),
  }).default({ transit: [] }),
  goods: z.array(z.object({
    description: z.string().optional(),
    hsCode: z.string().optional(),
    quantity: amount.optional(),
    value: amount.optional(),
  })).default([]),
  payment: z.object({ country: country.optional(), payer: z.string().optional() }).optional(),
})

export type ShipmentInput = z.input<typeof shipmentSchema>

export function asShipment(parsed: z.output<typeof shipmentSchema>): Shipment {
  return parsed as Shipment
}
