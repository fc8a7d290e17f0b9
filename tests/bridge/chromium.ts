// Debian's Chromium as every test, the bridge's PDF printer, the icon renderer and the benchmarks launch it:
// never a downloaded browser, and no background traffic on a closed network.

export const CHROMIUM_PATH = process.env['PARALLAX_CHROMIUM'] ?? '/usr/bin/chromium'

/** Flags for Debian's Chromium on a closed network (no background traffic, no GPU, no sandbox as root). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]
