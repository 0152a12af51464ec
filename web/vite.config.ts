// Builds the web app into dist/web, which `vigil serve` serves at `/` (src/api/web-app.ts).
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'

export default defineConfig({
  root: import.meta.dirname,
  base: '/',
  plugins: [react()],
  build: {
    outDir: '../dist/web',
    emptyOutDir: true,
    // The app is served from the same host, offline: everything it needs is in these files.
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 1500,
  },
  server: {
    // `npm run web:dev`: the API runs beside it (`vigil serve`), and the dev server forwards to it.
    proxy: Object.fromEntries(
      ['/v1', '/match', '/screen', '/search', '/catalog', '/algorithms', '/healthz', '/readyz'].map((p) => [p, 'http://127.0.0.1:8000']),
    ),
  },
})
