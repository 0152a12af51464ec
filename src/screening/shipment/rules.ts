/** Route rules and control lists, read once from resources/ (routes.yaml, control-lists/*.yaml). */
import { readdirSync, readFileSync } from 'node:fs'
import { parse } from 'yaml'
import { resourcePath } from '../../resources.js'
import type { Severity } from './shipment.js'

export interface CountryRule {
  country: string
  name: string
  severity: Severity
  source: string
}
export interface DiversionRule {
  destination: string
  via: string[]
  severity: Severity
  source: string
}
export interface RouteRules {
  embargoed: CountryRule[]
  high_risk: CountryRule[]
  diversion: DiversionRule[]
}

export interface ControlEntry {
  code: string
  heading: string
  hs: string[]
  keywords: string[]
}
export interface ControlList {
  list: string
  source: string
  entries: ControlEntry[]
}

let routes: RouteRules | undefined
let lists: ControlList[] | undefined

export function loadRouteRules(): RouteRules {
  routes ??= parse(readFileSync(resourcePath('routes.yaml'), 'utf-8')) as RouteRules
  return routes
}

/** Every YAML file in resources/control-lists: adding a list is adding a file. */
export function loadControlLists(): ControlList[] {
  lists ??= readdirSync(resourcePath('control-lists'))
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => parse(readFileSync(resourcePath(`control-lists/${f}`), 'utf-8')) as ControlList)
  return lists
}
