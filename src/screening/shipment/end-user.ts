/**
 * Who will use the goods. A shipment that names an end user is taken at its word. One that names
 * none is not, by itself, a reason to hold ordinary trade: for goods on no control list (office
 * chairs, T-shirts, canned food), the consignee, or without one the buyer, is the end user unless
 * the shipment says otherwise, as exporters treat EAR99 goods under the BIS "Know Your Customer"
 * guidance. The missing end user holds the shipment, and says so, when anything else would: goods
 * on a control list, an embargoed or unknown destination, a flag on the route, a flag on a party
 * (a possible match, a forwarder as consignee, a payment from a third country, a consignee in
 * another country than the destination: the shipment "saying otherwise"), or goods not described,
 * since goods nobody has described are not goods known to be on no control list. A shipment with
 * neither an end user nor a buyer or consignee names nobody who could be taken for one: review.
 */
import { roleLabel } from './party-reasons.js'
import type { Note, Reason, ScreenedParty } from './shipment.js'

export interface EndUsers {
  parties: ScreenedParty[]
  /** True when no end user is named and the consignees (or, without one, the buyers) stand in. */
  presumed: boolean
}

/** The end users the shipment names, or the parties that would be taken for them. */
export function endUsersOf(parties: ScreenedParty[]): EndUsers {
  const named = parties.filter((p) => p.role === 'end_user')
  if (named.length > 0) return { parties: named, presumed: false }
  const consignees = parties.filter((p) => p.role === 'consignee')
  return { parties: consignees.length > 0 ? consignees : parties.filter((p) => p.role === 'buyer'), presumed: true }
}

/**
 * With no end user named: the `info.no_end_user` reason when `others` (every other reason of the
 * shipment) hold it or nobody can stand in, otherwise a note saying who was taken for the end user.
 */
export function endUserReasons(parties: ScreenedParty[], others: Reason[]): { reasons: Reason[]; notes: Note[] } {
  const endUsers = endUsersOf(parties)
  if (!endUsers.presumed) return { reasons: [], notes: [] }
  if (endUsers.parties.length === 0) {
    return {
      reasons: [
        {
          code: 'info.no_end_user',
          severity: 'review',
          detail:
            'The shipment names no end user, and no consignee or buyer who could be taken for one; it cannot be cleared without knowing who will use the goods.',
        },
      ],
      notes: [],
    }
  }
  const who = endUsers.parties.map((p) => `the ${roleLabel(p.role)} "${p.name}"`).join(' and ')
  if (others.length > 0) {
    return {
      reasons: [
        {
          code: 'info.no_end_user',
          severity: 'review',
          detail: `The shipment names no end user, and ${who} cannot be taken for one because ${holds(others)}; it cannot be cleared without knowing who will use the goods.`,
        },
      ],
      notes: [],
    }
  }
  return {
    reasons: [],
    notes: endUsers.parties.map((p) => ({
      code: 'info.end_user_presumed',
      party: { index: p.index, role: p.role, name: p.name },
      detail: `The shipment names no end user; the ${roleLabel(p.role)} "${p.name}" is taken for it, since the goods are on no control list and neither the route nor any party raises a flag.`,
    })),
  }
}

/** "the goods match a control list (goods.control_list) and the destination is under embargo (…)". */
function holds(reasons: Reason[]): string {
  const phrases = new Map<string, Set<string>>()
  for (const r of reasons) {
    const phrase = phraseOf(r.code)
    phrases.set(phrase, (phrases.get(phrase) ?? new Set()).add(r.code))
  }
  return [...phrases].map(([phrase, codes]) => `${phrase} (${[...codes].join(', ')})`).join(' and ')
}

function phraseOf(code: string): string {
  if (code === 'goods.control_list') return 'the goods match a control list'
  if (code === 'route.embargoed_destination') return 'the destination is under embargo'
  if (code === 'route.no_destination') return 'the destination is not given'
  if (code.startsWith('route.')) return 'the route raises a flag'
  if (code.startsWith('party.')) return 'a party resembles or is linked to a listed entity'
  if (code.startsWith('kyc.')) return 'a "Know Your Customer" red flag stands'
  if (code === 'info.no_goods' || code === 'info.undescribed_goods') return 'the goods are not described'
  return 'another reason stands'
}
