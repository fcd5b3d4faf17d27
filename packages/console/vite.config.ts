import { defineConfig } from 'vite'

// Preact's JSX through Vite's own transform (no framework plugin needed). `npm run dev -w
// @chatter/console` serves the console with hot reload against `npm start` on port 3000.
export default defineConfig({
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: { outDir: 'dist', emptyOutDir: true, assetsDir: 'assets', chunkSizeWarningLimit: 700 },
  server: { proxy: { '/v1': 'http://localhost:3000' } },
})
