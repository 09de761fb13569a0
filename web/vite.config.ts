import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'

// The Vite root is web/ (scripts/build-web.mjs passes it; in development run `npx vite web`).
// The Fastify server serves the built files from web/dist; the dev server forwards /api to a
// server started with `custodian serve --port 3000`.
export default defineConfig({
  base: '/',
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1200,
  },
  server: {
    proxy: {
      '/api': { target: 'http://127.0.0.1:3000' },
    },
  },
})
