/**
 * The app's pages: path, menu label and the permission that shows them. The server serves the app's
 * shell at each section (src/api/web-app.ts APP_SECTIONS; a test keeps the two lists equal).
 */
import type { Permission } from './auth/permission.js'

export interface PageRoute {
  path: string
  label: string
  need: Permission
  /** Shown in the main menu. */
  menu: boolean
}

export const PAGES: PageRoute[] = [
  { path: '/screen', label: 'Screen', need: 'screen', menu: true },
  { path: '/shipments', label: 'Shipments', need: 'screen', menu: true },
  { path: '/batches', label: 'Batches', need: 'screen', menu: true },
  { path: '/alerts', label: 'Alerts', need: 'read_records', menu: true },
  { path: '/approvals', label: 'Approvals', need: 'review', menu: true },
  { path: '/cases', label: 'Cases', need: 'read_records', menu: true },
  { path: '/whitelist', label: 'Whitelist', need: 'read_records', menu: true },
  { path: '/monitors', label: 'Monitors', need: 'read_records', menu: true },
  { path: '/data', label: 'Data', need: 'screen', menu: true },
  { path: '/audit', label: 'Audit', need: 'audit', menu: true },
  { path: '/entities', label: 'Entity', need: 'screen', menu: false },
]

/** Path sections the server must serve the shell for: `/`, the sign-in page, and every page. */
export const APP_SECTIONS = ['', 'signin', ...new Set(PAGES.map((p) => p.path.split('/')[1] ?? ''))]
