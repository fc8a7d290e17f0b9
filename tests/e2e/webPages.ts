// The saved news pages of tests/fixtures/web-pages, decompressed into a folder so that the file chooser
// (and the command line) can be given them as the .html files a person would have saved.

import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { gunzipSync } from 'node:zlib'

export const WEB_PAGES = resolve('tests/fixtures/web-pages')

/** Every saved page written into `folder` as `<name>.html`; their paths, by name. */
export async function savedPages(folder: string, names?: readonly string[]): Promise<string[]> {
  const all = (await readdir(WEB_PAGES)).filter((file) => file.endsWith('.html.gz')).map((file) => file.slice(0, -'.gz'.length)).sort()
  const chosen = names ? all.filter((name) => names.includes(name)) : all
  return Promise.all(
    chosen.map(async (name) => {
      const path = join(folder, name)
      await writeFile(path, gunzipSync(await readFile(join(WEB_PAGES, `${name}.gz`))))
      return path
    }),
  )
}
