#!/usr/bin/env node
// Builds the web UI (web/ -> web/dist) with Vite's JS API.
//   node scripts/build-web.mjs             always build
//   node scripts/build-web.mjs --if-stale  build only when a source is newer than web/dist/index.html
// Prints one line either way, so `npm start` stays quiet and fast.
import { readdirSync, statSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const webDir = join(root, 'web')
const distIndex = join(webDir, 'dist', 'index.html')
const sources = [join(webDir, 'src'), join(webDir, 'index.html'), join(webDir, 'vite.config.ts')]

/** The newest modification time under `path` (a file or a folder, walked recursively). */
function newestMtime(path) {
  let stat
  try {
    stat = statSync(path)
  } catch {
    return 0
  }
  if (!stat.isDirectory()) return stat.mtimeMs
  let newest = stat.mtimeMs
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)))
  return newest
}

function isStale() {
  let built
  try {
    built = statSync(distIndex).mtimeMs
  } catch {
    return true
  }
  return sources.some((source) => newestMtime(source) > built)
}

const ifStale = process.argv.includes('--if-stale')
if (ifStale && !isStale()) {
  console.log('web: web/dist is up to date, build skipped')
} else {
  const started = Date.now()
  const { build } = await import('vite')
  try {
    await build({
      root: webDir,
      configFile: join(webDir, 'vite.config.ts'),
      logLevel: 'warn',
    })
  } catch (error) {
    console.error(`web: build failed: ${error instanceof Error ? error.message : String(error)}`)
    process.exit(1)
  }
  console.log(`web: built web/dist in ${((Date.now() - started) / 1000).toFixed(1)}s`)
}
