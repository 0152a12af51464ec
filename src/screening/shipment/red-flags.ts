/**
 * Red flags of the US Commerce Department's "Know Your Customer" guidance (BIS, 15 CFR 732 Supp. 3)
 * that the shipment's data can show, and the missing goods information that keeps a shipment from
 * clearing. A missing end user is weighed against everything else (end-user.ts).
 */
import { foldText } from '../../text/normalize.js'
import { label } from './check-route.js'
import { describesGoods } from './check-goods.js'
import { endUsersOf } from './end-user.js'
import { describePath, roleLabel } from './party-reasons.js'
import type { Reason, ScreenedParty, Shipment } from './shipment.js'

const KYC = 'BIS "Know Your Customer" guidance, 15 CFR 732 Supp. 3'
// Words in a party name that make it a logistics business rather than a user of goods.
const FORWARDER_WORDS = ['freight', 'forwarding', 'forwarder', 'logistics', 'shipping', 'cargo', 'transit']
// Roles whose country the route and the payment should fit.
const RECEIVING = ['end_user', 'consignee', 'buyer'] as const

export function redFlags(shipment: Shipment, parties: ScreenedParty[]): Reason[] {
  const reasons: Reason[] = []
  const endUsers = endUsersOf(parties)
  const forwarders = parties.filter((p) => p.role === 'forwarder')
  // No goods, or a line with neither description nor HS code, is goods nobody has described: not
  // goods known to be on no control list. A demanding compliance officer clears only what the
  // shipment says it carries, so these hold every shipment, whoever the end user (and they keep a
  // consignee from standing in for a missing end user: end-user.ts).
  if (shipment.goods.length === 0) {
    reasons.push({ code: 'info.no_goods', severity: 'review', detail: 'The shipment lists no goods; it cannot be cleared without knowing what is shipped.' })
  }
  shipment.goods.forEach((item, i) => {
    if (describesGoods(item)) return
    reasons.push({
      code: 'info.undescribed_goods',
      severity: 'review',
      detail: `Goods line ${i + 1} has neither a description nor an HS code; it cannot be checked against the control lists, and the shipment cannot be cleared without knowing what is shipped.`,
    })
  })
  for (const p of parties.filter((q) => q.role === 'end_user' || q.role === 'consignee')) {
    const party = { index: p.index, role: p.role, name: p.name }
    const name = ` ${foldText(p.name)} `
    const sameAsForwarder = forwarders.some((f) => foldText(f.name) === foldText(p.name))
    const word = FORWARDER_WORDS.find((w) => name.includes(` ${w} `))
    if (sameAsForwarder || word !== undefined) {
      reasons.push({
        code: 'kyc.forwarder_as_consignee',
        severity: 'review',
        party,
        detail: `The ${roleLabel(p.role)} "${p.name}" ${sameAsForwarder ? 'is also the forwarder' : `looks like a freight forwarder ("${word}")`}: a forwarder named as final consignee or end user is a red flag (${KYC}).`,
      })
    }
  }
  // A consignee or buyer taken for the missing end user is held to the same checks.
  for (const p of endUsers.parties) {
    // A unit, branch or subsidiary (not a shareholding) of a listed organization: the guidance's
    // "end user is a unit of a military research organization" as the data can show it.
    for (const path of p.risk.paths.filter((q) => q.topic === 'sanction.control' && q.kinds.includes('unit_of') && q.listed.schema === 'Organization')) {
      reasons.push({
        code: 'kyc.military_end_user',
        severity: 'block',
        party: { index: p.index, role: p.role, name: p.name },
        path: path.steps,
        detail: `${endUserLabel(p, endUsers.presumed)} is a unit, branch or subsidiary of ${path.listed.caption}, a listed organization (${describePath(path.steps)}): the goods would serve it (${KYC}).`,
      })
    }
  }
  const destination = shipment.route.destination
  const receivingCountries = new Set(parties.filter((p) => (RECEIVING as readonly string[]).includes(p.role)).flatMap((p) => p.country))
  if (destination !== undefined) {
    for (const p of endUsers.parties) {
      if (p.country.length > 0 && !p.country.includes(destination)) {
        reasons.push({
          code: 'kyc.route_mismatch',
          severity: 'review',
          party: { index: p.index, role: p.role, name: p.name },
          detail: `${endUserLabel(p, endUsers.presumed)} is in ${p.country.map(label).join(', ')} but the goods go to ${label(destination)}: a route that does not fit the end user's location is a red flag (${KYC}).`,
        })
      }
    }
    receivingCountries.add(destination)
  }
  const payer = shipment.payment?.country
  if (payer !== undefined && receivingCountries.size > 0 && !receivingCountries.has(payer)) {
    reasons.push({
      code: 'kyc.third_country_payment',
      severity: 'review',
      detail: `Payment comes from ${label(payer)}${shipment.payment?.payer ? ` (${shipment.payment.payer})` : ''}, which is neither the destination nor the country of the buyer, consignee or end user: payment from a third country is a red flag (${KYC}).`,
    })
  }
  return reasons
}

/** 'The end user "X"', or 'The consignee "X", taken for the end user the shipment does not name,'. */
function endUserLabel(p: ScreenedParty, presumed: boolean): string {
  return presumed ? `The ${roleLabel(p.role)} "${p.name}", taken for the end user the shipment does not name,` : `The end user "${p.name}"`
}
