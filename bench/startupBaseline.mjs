// The start-up benchmark's baseline: the least any start must do with the same library, under the same
// stand-in 'electron' as the built main bundle: read and parse the library's files (its details, the
// journal of changes, the highlights, the search index's bytes), then make a window and load it.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { app, BrowserWindow } from 'electron'

await app.whenReady()
const folder = join(app.getPath('userData'), 'library')
const read = (name) => (existsSync(join(folder, name)) ? readFileSync(join(folder, name)) : null)
JSON.parse(read('library.json')?.toString('utf8') ?? '{}')
for (const journal of ['library-changes.jsonl', 'highlights.jsonl']) {
  for (const line of (read(journal)?.toString('utf8') ?? '').split('\n')) if (line.trim() !== '') JSON.parse(line)
}
read('search-index.bin')
void new BrowserWindow({ show: false }).loadURL('app://parallax/index.html')
