// Renders resources/icon.svg to resources/icon.png (1024×1024, transparent corners), the one image
// electron-builder turns into the Windows .ico, the macOS .icns and the Linux icon sizes.
// Uses Debian's Chromium through playwright-core, as the tests do: no image tools to install.
//
//   npm run icons                          remake resources/icon.png
//   npm run icons -- --preview DIR         also write DIR/icon-16.png, -32.png, -64.png: the PNG scaled
//                                          down, to check the drawing still reads at taskbar sizes

import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { chromium } from 'playwright-core'
import { register } from 'tsx/esm/api'

const SIZE = 1024
const PREVIEW_SIZES = [16, 32, 64]
const source = resolve('resources/icon.svg')
const target = resolve('resources/icon.png')
// The same Chromium and flags as the tests (TypeScript, loaded through tsx).
register()
const { CHROMIUM_ARGS: chromiumArgs, CHROMIUM_PATH: chromiumPath } = await import('../tests/bridge/chromium.ts')

const previewAt = process.argv.indexOf('--preview')
const previewFolder = previewAt === -1 ? null : process.argv[previewAt + 1]
if (previewAt !== -1 && !previewFolder) {
  console.error('usage: node scripts/icons.mjs [--preview DIR]')
  process.exit(2)
}

const svg = await readFile(source, 'utf8')
const profile = await mkdtemp(join(tmpdir(), 'parallax-icons-'))
const context = await chromium.launchPersistentContext(profile, {
  executablePath: chromiumPath,
  headless: true,
  args: chromiumArgs,
  viewport: { width: SIZE, height: SIZE },
  deviceScaleFactor: 1,
})
try {
  const page = context.pages()[0] ?? (await context.newPage())
  await page.setContent(
    `<!doctype html><html><body style="margin:0;background:transparent">${svg}</body></html>`,
  )
  const png = await page.screenshot({ clip: { x: 0, y: 0, width: SIZE, height: SIZE }, omitBackground: true })
  await writeFile(target, png)
  console.log(`wrote ${target} (${SIZE}×${SIZE}, ${png.length} bytes)`)

  if (previewFolder) {
    await mkdir(previewFolder, { recursive: true })
    for (const size of PREVIEW_SIZES) {
      // The PNG scaled down by the browser's image filter, as desktops scale an icon to their sizes.
      await page.setViewportSize({ width: size, height: size })
      await page.setContent(
        `<!doctype html><html><body style="margin:0;background:transparent">` +
          `<img src="data:image/png;base64,${png.toString('base64')}" width="${size}" height="${size}" style="display:block">` +
          `</body></html>`,
      )
      const file = join(previewFolder, `icon-${size}.png`)
      await page.screenshot({ path: file, clip: { x: 0, y: 0, width: size, height: size }, omitBackground: true })
      console.log(`wrote ${file}`)
    }
  }
} finally {
  await context.close()
  await rm(profile, { recursive: true, force: true })
}
