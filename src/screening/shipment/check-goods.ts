/**
 * Goods reasons: an HS code under a heading a control-list entry is declared in, or a description
 * naming the heading's equipment. Headings only: a match asks an analyst to check the technical
 * parameters; toward an embargoed destination it blocks.
 */
import { foldText } from '../../text/normalize.js'
import { loadControlLists, type ControlEntry, type ControlList } from './rules.js'
import type { Goods, Reason, Severity } from './shipment.js'

export function checkGoods(goods: Goods[], embargoedDestination: boolean, lists: ControlList[] = loadControlLists()): Reason[] {
  const reasons: Reason[] = []
  const severity: Severity = embargoedDestination ? 'block' : 'review'
  goods.forEach((item, i) => {
    const hs = (item.hsCode ?? '').replace(/\D/g, '')
    const text = ` ${foldText(item.description ?? '')} `
    for (const list of lists) {
      for (const entry of list.entries) {
        const why = matchEntry(entry, hs, text)
        if (why === undefined) continue
        reasons.push({
          code: 'goods.control_list',
          severity,
          detail: `Goods line ${i + 1} ("${item.description ?? 'no description'}"${item.hsCode ? `, HS ${item.hsCode}` : ''}) ${why} ${entry.code}, "${entry.heading}", of the ${list.list} (${list.source}); check the item against the entry's technical parameters${embargoedDestination ? ', and note that the destination is under embargo' : ''}.`,
        })
      }
    }
  })
  return reasons
}

function matchEntry(entry: ControlEntry, hs: string, text: string): string | undefined {
  const keyword = entry.keywords.find((k) => text.includes(` ${foldText(k)} `))
  const prefix = hs.length >= 4 ? entry.hs.find((h) => hs.startsWith(h)) : undefined
  if (keyword !== undefined && prefix !== undefined) return `is described as "${keyword}" and its HS code falls under heading ${prefix}, as items of`
  if (keyword !== undefined) return `is described as "${keyword}", the equipment of`
  if (prefix !== undefined) return `has an HS code under heading ${prefix}, a customs heading of`
  return undefined
}

/** Also used by the KYC checks: whether an item has a description or HS code at all. */
export function describesGoods(item: Goods): boolean {
  return (item.description ?? '').trim() !== '' || (item.hsCode ?? '').trim() !== ''
}
