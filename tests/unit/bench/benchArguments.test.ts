// `npm run bench -- ...`: the fidelity benchmark beside the others, alone, or skipped for want of a corpus;
// the overview's benchmark alone.

import { describe, expect, it } from 'vitest'
import { parseBenchArguments } from '../../../bench/benchArguments'

describe('the bench arguments', () => {
  it('run everything, the fidelity part only with a corpus', () => {
    expect(parseBenchArguments([])).toEqual({ fidelityOnly: false })
    expect(parseBenchArguments(['--corpus', '/data/news'])).toEqual({ fidelityOnly: false, corpus: '/data/news' })
  })

  it('run the fidelity part alone', () => {
    expect(parseBenchArguments(['--fidelity', 'news'])).toEqual({ fidelityOnly: true, corpus: 'news' })
  })

  it('run the overview benchmark alone', () => {
    expect(parseBenchArguments(['--matrix'])).toEqual({ fidelityOnly: false, matrixOnly: true })
    expect(parseBenchArguments(['--quotes'])).toEqual({ fidelityOnly: false, quotesOnly: true })
    expect(parseBenchArguments(['--quotes', 'news'])).toEqual({ fidelityOnly: false, quotesOnly: true, corpus: 'news' })
  })

  it('measure the main process\'s start-up alone', () => {
    expect(parseBenchArguments(['--startup'])).toEqual({ fidelityOnly: false, startupOnly: true })
  })

  it('measure many reports alone', () => {
    expect(parseBenchArguments(['--many'])).toEqual({ fidelityOnly: false, manyOnly: true })
  })

  it('measure the window\'s first screen alone', () => {
    expect(parseBenchArguments(['--first-screen'])).toEqual({ fidelityOnly: false, firstScreenOnly: true })
  })

  it('measure the PDF export alone', () => {
    expect(parseBenchArguments(['--pdf'])).toEqual({ fidelityOnly: false, pdfOnly: true })
  })

  it('measure the comparison view alone', () => {
    expect(parseBenchArguments(['--view'])).toEqual({ fidelityOnly: false, viewOnly: true })
  })

  it('sweep the command line over a corpus', () => {
    expect(parseBenchArguments(['--sweep', 'news'])).toEqual({ fidelityOnly: false, sweepOnly: true, corpus: 'news' })
  })

  it('measure the reading of saved web pages alone', () => {
    expect(parseBenchArguments(['--pages', 'pages'])).toEqual({ fidelityOnly: false, pages: 'pages' })
  })

  it.each([[['--startup', 'x']], [['--first-screen', 'x']], [['--pdf', 'x']], [['--view', 'x']], [['--many', 'x']], [['--pages']], [['--pages', 'a', 'b']], [['--pages', '--quotes']], [['--matrix', 'x']], [['--quotes', '--matrix']], [['--quotes', 'a', 'b']], [['--sweep']], [['--sweep', '--quotes']], [['--sweep', 'a', 'b']], [['--fidelity']], [['--corpus', '--fidelity', 'x']], [['--fast']], [['--corpus', 'a', 'b']]])('refuse %j with the usage', (args) => {
    expect(() => parseBenchArguments(args)).toThrow(/^usage: npm run bench/)
  })
})
