/** Route reasons: embargoed or high-risk destinations and transit countries, and diversion hubs. */
import { countryName } from '../../model/countries.js'
import { loadRouteRules, type RouteRules } from './rules.js'
import type { Reason, Shipment } from './shipment.js'

export function checkRoute(route: Shipment['route'], rules: RouteRules = loadRouteRules()): Reason[] {
  const reasons: Reason[] = []
  const { destination, transit } = route
  if (destination === undefined) {
    reasons.push({ code: 'route.no_destination', severity: 'review', detail: 'The shipment gives no destination country; it cannot be cleared without one.' })
  } else {
    for (const rule of rules.embargoed) {
      if (rule.country === destination) {
        reasons.push({
          code: 'route.embargoed_destination',
          severity: rule.severity,
          detail: `The destination, ${label(destination)}, is under embargo (${rule.source}).`,
        })
      }
    }
    for (const rule of rules.high_risk) {
      if (rule.country === destination) {
        reasons.push({
          code: 'route.high_risk_destination',
          severity: rule.severity,
          detail: `The destination, ${label(destination)}, is a high-risk destination (${rule.source}).`,
        })
      }
    }
  }
  for (const country of transit) {
    for (const rule of rules.embargoed) {
      if (rule.country === country) {
        reasons.push({
          code: 'route.embargoed_transit',
          severity: rule.severity,
          detail: `The goods pass through ${label(country)}, which is under embargo (${rule.source}).`,
        })
      }
    }
    for (const rule of rules.diversion) {
      if (rule.destination === destination && rule.via.includes(country)) {
        reasons.push({
          code: 'route.diversion_hub',
          severity: rule.severity,
          detail: `The goods pass through ${label(country)} on their way to ${label(rule.destination)}; ${countryName(country) ?? country} is a known diversion hub toward ${countryName(rule.destination) ?? rule.destination} (${rule.source}).`,
        })
      }
    }
  }
  return reasons
}

/** "Syria (sy)". */
export function label(code: string): string {
  const name = countryName(code)
  return name === undefined ? code : `${name} (${code})`
}
