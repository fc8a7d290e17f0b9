// Clean-up on page copies laid out the way other kinds of news site print an article (a wire
// service, a newspaper site with topic links, a broadcaster with image credits). The texts are made up
// for the test; the layouts are the common ones. Each block renders as kept ("  ") or dropped
// ("✗ … ← reason").

import { describe, expect, it } from 'vitest'
import { metadataFromPlainText } from '../../../../src/shared/import'
import { preview } from './preview'

const lines = (...ls: string[]): string => ls.join('\n')

describe('page layouts of other outlets', () => {
  it('a newspaper site: dateline stamps, share buttons, a captioned photo, topic links at the end', () => {
    const text = lines(
      'Kerry and Putin find common ground on Syria',
      'US secretary of state and Russian president agree to convene an international conference',
      'Julian Borger in Moscow',
      'Tue 7 May 2013 19.21 BST',
      'First published on Tue 7 May 2013 12.05 BST',
      'Share on Facebook',
      'Share on Twitter',
      'Share via Email',
      'John Kerry meets Vladimir Putin in the Kremlin. Photograph: Mladen Antonov/AFP/Getty Images',
      'The US and Russia have agreed to convene an international conference to find a political solution to the war in Syria, the secretary of state has announced.',
      '"We agreed that we will encourage both the government and opposition groups to find a political solution," Kerry said.',
      'Topics',
      'Syria',
      'Russia',
      'John Kerry',
      'news',
      'Reuse this content',
    )
    expect(preview(text)).toBe(
      lines(
        '  Kerry and Putin find common ground on Syria',
        '  US secretary of state and Russian president agree to convene an international conference',
        '  Julian Borger in Moscow',
        '✗ Tue 7 May 2013 19.21 BST ← a date line',
        '✗ First published on Tue 7 May 2013 12.05 BST ← a date line',
        '✗ Share on Facebook ← sharing buttons',
        '✗ Share on Twitter ← sharing buttons',
        '✗ Share via Email ← sharing buttons',
        '  John Kerry meets Vladimir Putin in the Kremlin. Photograph: Mladen Antonov/AFP/Getty Images',
        '  The US and Russia have agreed to convene an international conference to find a political solution to the war in Syria, the secretary of state has announced.',
        '  "We agreed that we will encourage both the government and opposition groups to find a political solution," Kerry said.',
        '✗ Topics ← tags',
        '✗ Syria ← tags',
        '✗ Russia ← after the article: a headline or link',
        '✗ John Kerry ← after the article: a headline or link',
        '✗ news ← after the article: a headline or link',
        '✗ Reuse this content ← after the article: a headline or link',
      ),
    )
    expect(metadataFromPlainText(text, 'guardian.txt').publishedAt).toBe('2013-05-07')
  })

  it('a wire service: byline, reading time, credits line and a standards link', () => {
    const text = lines(
      'Kerry, Putin agree to push for Syria peace conference',
      'By Steve Holland',
      '4 Min Read',
      'MOSCOW (Reuters) - U.S. Secretary of State John Kerry and Russian President Vladimir Putin agreed on Tuesday to work together to bring the two sides to a conference.',
      'Reporting by Steve Holland; Editing by Doina Chiacu',
      'Our Standards: The Thomson Reuters Trust Principles.',
    )
    expect(preview(text)).toBe(
      lines(
        '  Kerry, Putin agree to push for Syria peace conference',
        '✗ By Steve Holland ← byline',
        '✗ 4 Min Read ← site navigation',
        '  MOSCOW (Reuters) - U.S. Secretary of State John Kerry and Russian President Vladimir Putin agreed on Tuesday to work together to bring the two sides to a conference.',
        '✗ Reporting by Steve Holland; Editing by Doina Chiacu ← reporting credit',
        // A sentence of the site's own: not recognisable as furniture without naming the site, so kept.
        '  Our Standards: The Thomson Reuters Trust Principles.',
      ),
    )
    expect(metadataFromPlainText(text, 'wire.txt').byline).toBe('Steve Holland')
  })

  it('an agency story on a broadcaster’s site: agency line, image credits, copyright notice, comments and more', () => {
    const text = lines(
      'Kerry arrives in Moscow',
      'Associated Press',
      'May 7, 2013 | 7:31 a.m. EDT',
      'Image source, Getty Images',
      'Image caption, Mr Kerry was met at the airport by Russian officials',
      'MOSCOW — U.S. Secretary of State John Kerry arrived in Moscow on Tuesday for talks with Russian leaders on the Syrian civil war and other issues.',
      'Copyright 2013 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.',
      'Comments',
      'Sign in to comment',
      'Recommended',
      'Putin hosts Kerry',
      'Watch: Kerry lands in Moscow',
    )
    expect(preview(text)).toBe(
      lines(
        '  Kerry arrives in Moscow',
        '✗ Associated Press ← news agency credit',
        '✗ May 7, 2013 | 7:31 a.m. EDT ← a date line',
        '✗ Image source, Getty Images ← photo credit',
        '  Image caption, Mr Kerry was met at the airport by Russian officials',
        '  MOSCOW — U.S. Secretary of State John Kerry arrived in Moscow on Tuesday for talks with Russian leaders on the Syrian civil war and other issues.',
        '✗ Copyright 2013 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed. ← copyright notice',
        '✗ Comments ← comments widget',
        '✗ Sign in to comment ← after the article: a headline or link',
        '✗ Recommended ← a heading for other stories',
        '✗ Putin hosts Kerry ← after “Recommended”: other stories',
        '✗ Watch: Kerry lands in Moscow ← after “Recommended”: other stories',
      ),
    )
  })
})
