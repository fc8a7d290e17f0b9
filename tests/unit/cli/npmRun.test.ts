// `npm run compare` as a person runs it: from source, as a child process, JSON on stdout or in --output.

import { execFile } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import type { JsonReport } from '../../../src/cli/format'
import { filesIn, reportA, reportB } from './carneyReports'

const { dir, file } = filesIn('parallax-npm-run-')

describe('npm run compare', () => {
  it('runs from source as a child process and prints JSON on stdout', async () => {
    const a = file('child-a.txt', reportA)
    const b = file('child-b.txt', reportB)
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'
    const { stdout } = await promisify(execFile)(npm, ['run', '--silent', 'compare', '--', '--json', a, b], {
      cwd: new URL('../../..', import.meta.url),
      shell: process.platform === 'win32',
    })
    const report = JSON.parse(stdout) as JsonReport
    expect(report.documents.map((d) => d.name)).toEqual(['child-a.txt', 'child-b.txt'])
    expect(report.passages).toHaveLength(1)
  }, 30_000)

  it('writes parseable JSON to --output as the README shows, with the banner of npm only on stdout', async () => {
    const a = file('out-a.txt', reportA)
    const b = file('out-b.txt', reportB)
    const output = join(dir, 'report.json')
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'
    const { stdout } = await promisify(execFile)(npm, ['run', 'compare', '--', '--json', '--output', output, a, b], {
      cwd: new URL('../../..', import.meta.url),
      shell: process.platform === 'win32',
    })
    expect(stdout).toMatch(/> parallax@.* compare/)
    const report = JSON.parse(readFileSync(output, 'utf8')) as JsonReport
    expect(report.documents.map((d) => d.name)).toEqual(['out-a.txt', 'out-b.txt'])
  }, 30_000)
})
