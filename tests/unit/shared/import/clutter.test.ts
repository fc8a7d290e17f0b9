// The clean-up rules on hand-made page copies, written the way other outlets' pages come out when
// copied: each case renders every block as kept ("  ") or dropped ("✗ … ← reason"), so a failure
// reads like a diff of the preview.

import { describe, expect, it } from 'vitest'
import { cleanUp, detectClutter } from '../../../../src/shared/import'
import { preview } from './preview'

const lines = (...ls: string[]): string => ls.join('\n')
const BODY_1 = 'Secretary of State John Kerry arrived in Moscow on Tuesday for talks with President Vladimir Putin about the war in Syria.'
const BODY_2 = 'Russia has been a backer of the Syrian government, while the United States has supported the rebels trying to overthrow it.'
const BODY_3 = 'Officials said the two sides would also discuss the investigation of the Boston Marathon bombing and counter-terrorism work.'

describe('before the body', () => {
  it('drops navigation, breadcrumbs, bylines, dates and labels, and keeps the headline and dek', () => {
    const text = lines(
      'Skip to main content',
      'Menu',
      'World',
      'Home › World › Europe',
      'Editor’s note:',
      'Kerry Lands in Moscow for Syria Talks',
      'The visit is his first to Russia as secretary of state',
      'By Erin Cunningham and DAN GOODIN, Reuters',
      'Updated: Tuesday, May 7, 2013 10:31 AM EDT',
      '(AP Photo/Evan Vucci)',
      '',
      BODY_1,
      '',
      BODY_2,
    )
    expect(preview(text)).toBe(
      lines(
        '✗ Skip to main content ← site navigation',
        '✗ Menu ← site navigation',
        '✗ World ← site navigation',
        '✗ Home › World › Europe ← site navigation',
        '✗ Editor’s note: ← a label',
        '  Kerry Lands in Moscow for Syria Talks',
        '  The visit is his first to Russia as secretary of state',
        '✗ By Erin Cunningham and DAN GOODIN, Reuters ← byline',
        '✗ Updated: Tuesday, May 7, 2013 10:31 AM EDT ← a date line',
        '✗ (AP Photo/Evan Vucci) ← photo credit',
        `  ${BODY_1}`,
        `  ${BODY_2}`,
      ),
    )
  })

  it('recognises photo credits in their usual forms, and not headlines that name an agency', () => {
    const credits = [
      'Photograph: Mladen Antonov/AFP/Getty Images',
      'Photo by Erin Cunningham via Getty Images',
      'Erin Cunningham / Reuters',
      'REUTERS/Maxim Shemetov',
      'EPA-EFE/YURI KOCHETKOV',
      'Credit: Pool photo by Erin Cunningham',
    ]
    const headlines = ['Reuters Poll Shows Support for Talks', 'AP Exclusive: Kerry to Meet Putin', 'Getty and AFP settle a dispute over photos']
    const verdicts = detectClutter(lines(...credits, ...headlines, '', BODY_1))
    expect(verdicts.map((v) => v.reason)).toEqual([...credits.map(() => 'photo credit'), null, null, null, null])
  })
})

describe('inside the body', () => {
  it('drops advertisement labels and links to other stories; keeps subheadings, introductions and quotations', () => {
    const text = lines(
      BODY_1,
      'Advertisement',
      'Story continues below advertisement',
      'READ MORE: Putin and Obama Talk by Phone',
      'Related: Inside the Syrian rebels’ camp',
      'A long history',
      'One official said:',
      '"Share the burden."',
      'Economy',
      'By Tuesday Night',
      BODY_2,
    )
    expect(preview(text)).toBe(
      lines(
        `  ${BODY_1}`,
        '✗ Advertisement ← an advertisement label',
        '✗ Story continues below advertisement ← an advertisement label',
        '✗ READ MORE: Putin and Obama Talk by Phone ← a link to another story',
        '✗ Related: Inside the Syrian rebels’ camp ← a link to another story',
        '  A long history',
        '  One official said:',
        '  "Share the burden."',
        '  Economy',
        '  By Tuesday Night',
        `  ${BODY_2}`,
      ),
    )
  })

  it('never drops a sentence of many words, even one that names an agency or starts with a label word', () => {
    const prose = [
      'Related: the two governments have disagreed about Syria for more than two years, and neither side expects that to change soon.',
      'Photo agencies including Reuters and Getty Images were barred from the airport when Kerry arrived, the ministry said on Tuesday.',
      'Copyright law was not on the agenda, although American officials had raised it with their Russian counterparts in March.',
    ]
    const verdicts = detectClutter(lines(BODY_1, ...prose, BODY_2))
    expect(verdicts.filter((v) => v.clutter)).toEqual([])
  })
})

describe('after the body', () => {
  it('takes the list of other stories after a heading, teasers included, up to the end', () => {
    const text = lines(
      BODY_1,
      '',
      BODY_2,
      '',
      'Most Popular',
      'Putin Hosts Kerry at the Kremlin',
      'The meeting lasted three hours.',
      'Storm Hits Texas Coast',
      'Thousands of homes were left without power on Tuesday after the storm made landfall near the city of Galveston.',
      'Erin Cunningham',
      '© 2013 Example News. All rights reserved.',
    )
    expect(preview(text)).toBe(
      lines(
        `  ${BODY_1}`,
        `  ${BODY_2}`,
        '✗ Most Popular ← a heading for other stories',
        '✗ Putin Hosts Kerry at the Kremlin ← after “Most Popular”: other stories',
        '✗ The meeting lasted three hours. ← after “Most Popular”: other stories',
        '✗ Storm Hits Texas Coast ← after “Most Popular”: other stories',
        '  Thousands of homes were left without power on Tuesday after the storm made landfall near the city of Galveston.',
        '✗ Erin Cunningham ← after “Most Popular”: other stories',
        '✗ © 2013 Example News. All rights reserved. ← copyright notice',
      ),
    )
  })

  it('ends the list when the report resumes (two lines of prose in a row), so a box inside the report costs nothing', () => {
    const text = lines(
      BODY_1,
      'Related stories',
      'Kerry Meets Lavrov',
      '',
      'The two men spoke for an hour on Tuesday and agreed to meet again',
      'before the end of the month, according to a State Department official.',
      'They did not take questions.',
      '',
      BODY_3,
    )
    expect(preview(text)).toBe(
      lines(
        `  ${BODY_1}`,
        '✗ Related stories ← a heading for other stories',
        '✗ Kerry Meets Lavrov ← after “Related stories”: other stories',
        '  The two men spoke for an hour on Tuesday and agreed to meet again',
        '  before the end of the month, according to a State Department official.',
        '  They did not take questions.',
        `  ${BODY_3}`,
      ),
    )
  })

  it('takes a trailing run of headline-like lines with no heading above it, and credits and copyright', () => {
    const text = lines(
      BODY_1,
      BODY_2,
      'Reporting by Steve Gutterman in Moscow; Editing by Erin Cunningham',
      'Copyright 2013 Example News Ventures',
      '12 Comments',
      'Follow us on Twitter',
      'Kerry, Putin Agree to Push for Syria Conference',
      'Lavrov Says Russia Will Keep Arms Deals',
      '|',
    )
    expect(preview(text)).toBe(
      lines(
        `  ${BODY_1}`,
        `  ${BODY_2}`,
        '✗ Reporting by Steve Gutterman in Moscow; Editing by Erin Cunningham ← reporting credit',
        '✗ Copyright 2013 Example News Ventures ← copyright notice',
        '✗ 12 Comments ← comments widget',
        '✗ Follow us on Twitter ← sharing buttons',
        '✗ Kerry, Putin Agree to Push for Syria Conference ← after the article: a headline or link',
        '✗ Lavrov Says Russia Will Keep Arms Deals ← after the article: a headline or link',
        '✗ | ← no words',
      ),
    )
  })

  it('keeps a list that the report introduces with a colon, and a short last sentence', () => {
    const text = lines(BODY_1, 'The agenda includes:', 'Syria', 'Iran', 'North Korea', '', 'Talks resume Wednesday.')
    expect(cleanUp(text).dropped).toEqual([])
    const list = lines(BODY_1, 'The agenda includes:', 'Syria', 'Iran', 'North Korea')
    expect(cleanUp(list).dropped).toEqual([])
  })

  it('takes the line after a "Tags" label when it is a list, and "Tags: …" on one line', () => {
    const text = lines(BODY_1, 'Tags', 'Syria, Russia, Diplomacy', 'Topics: John Kerry | Vladimir Putin')
    expect(preview(text)).toBe(
      lines(`  ${BODY_1}`, '✗ Tags ← tags', '✗ Syria, Russia, Diplomacy ← tags', '✗ Topics: John Kerry | Vladimir Putin ← tags'),
    )
  })

  it('drops script and tracking leftovers', () => {
    const text = lines(BODY_1, 'window.dataLayer = window.dataLayer || [];', '<img src="https://stats.example.com/pixel.gif">', 'Real-time analytics')
    expect(cleanUp(text).dropped).toEqual([1, 2, 3])
  })
})

describe('what is never taken', () => {
  it('the title, when it is given, even if it reads like furniture (but for the headline repeated at the top)', () => {
    const text = lines(BODY_1, 'More News', BODY_2)
    expect(detectClutter(text, { title: 'More news' }).map((v) => v.clutter)).toEqual([false, false, false])
    expect(detectClutter(text).map((v) => v.clutter)).toEqual([false, true, false])
  })

  it('the title, when a line in lower case after it is read as its continuation', () => {
    // Found by the clean-up properties: a stray lower-case line joined the title's unit, which then no longer matched it.
    const text = lines(BODY_1, 'Syria set to dominate talks', 'ა')
    expect(detectClutter(text, { title: 'Syria set to dominate talks' }).map((v) => v.clutter)).toEqual([false, false, false])
  })

  it('a quotation, even after a heading for other stories', () => {
    const text = lines(BODY_1, 'More News', '“We share common interests”', 'Other Headline Here')
    expect(detectClutter(text).map((v) => v.clutter)).toEqual([false, true, false, true])
  })

  it('anything of a text without body paragraphs, but the clearest furniture', () => {
    const text = lines('Kerry in Moscow', 'Short note.', 'By Erin Cunningham', 'Some Headline Like Line', 'Advertisement')
    expect(detectClutter(text).map((v) => v.reason)).toEqual([null, null, null, null, 'an advertisement label'])
  })

  it('a hard-wrapped paragraph, whose lines read as headlines on their own', () => {
    const text = lines(
      BODY_1,
      '',
      'Kerry will travel to Rome on Wednesday, where',
      'he will meet senior Italian officials and the',
      'Israeli justice minister to discuss the peace',
      'process.',
    )
    expect(cleanUp(text).dropped).toEqual([])
  })
})

describe('cleanUp', () => {
  it('returns the text without the dropped blocks, and their indexes in order', () => {
    expect(cleanUp(lines('Discuss as:', 'Kerry Lands in Moscow', '', BODY_1, '', 'Tags', 'Syria, Russia'))).toEqual({
      text: lines('Kerry Lands in Moscow', '', BODY_1),
      dropped: [0, 3, 4],
    })
  })

  it('has nothing to say about empty text', () => {
    expect(cleanUp('')).toEqual({ text: '', dropped: [] })
    expect(detectClutter(' \n\n ')).toEqual([])
  })
})

describe('time stamps counted from the visit', () => {
  it('drops "Updated 5 minutes ago" and its kin anywhere, and keeps sentences that say how long ago', () => {
    const text = lines(
      'Updated 5 minutes ago',
      '',
      BODY_1,
      '',
      'Published: 2 hrs ago',
      '',
      BODY_2,
      '',
      'Last updated just now',
      '',
      'The talks began 3 days ago.',
      '',
      'An hour ago',
      '',
      BODY_3,
    )
    expect(preview(text)).toBe(
      lines(
        '✗ Updated 5 minutes ago ← a time stamp',
        `  ${BODY_1}`,
        '✗ Published: 2 hrs ago ← a time stamp',
        `  ${BODY_2}`,
        '✗ Last updated just now ← a time stamp',
        '  The talks began 3 days ago.',
        '✗ An hour ago ← a time stamp',
        `  ${BODY_3}`,
      ),
    )
  })
})
