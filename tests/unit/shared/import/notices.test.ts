// Lines a page adds to every report (contributors, follow and tip prompts, syndication and transcript notices,
// the article's age, placeholders, an image's caption buttons, furniture side by side), a writer's name with
// the outlet on the next line before the body, and a headline printed twice: each case renders every block
// as kept ("  ") or dropped ("✗ … ← reason"), and each rule has a line like it that must be kept.

import { describe, expect, it } from 'vitest'
import { between as betweenBodies, preview } from './preview'

const BODY_1 = 'The nation’s top tax official apologized on Friday for the agency’s treatment of conservative groups, lawmakers said.'
const BODY_2 = 'Members of both parties questioned him for more than three hours, and several asked whether he would resign.'
const between = (line: string): string => betweenBodies(line, [BODY_1, BODY_2])

describe('notices and furniture', () => {
  it.each([
    ['The Associated Press contributed to this report.', 'reporting credit'],
    ["Fox News' Lucas Tomlinson and The Associated Press contributed to this report.", 'reporting credit'],
    ['• This article is based in part on wire service reports.', 'reporting credit'],
    ['Jordain Carney contributed.', 'reporting credit'],
    ['Got a TIP from the RIGHT or LEFT? Email tips@example.com', 'a sign-up prompt'],
    ['LISTEN TO ARTICLE 4:31 SHARE THIS ARTICLE Share Tweet Post Email', 'a media placeholder'],
    ['Slideshow (6 Images)', 'a gallery counter'],
    ['next Image 2 of 9', 'a gallery counter'],
    ['Daily politics news delivered to your inbox: sign up for our newsletter', 'a newsletter sign-up'],
    ['**Want the morning briefing in your inbox every day? Sign up here.**', 'a newsletter sign-up'],
    ['Follow Kevin on Twitter', 'a sign-up prompt'],
    ['- Follow the Ticker on Twitter: @PoliticalTicker', 'a sign-up prompt'],
    ['Send tips to kevin@dailycallernewsfoundation.org.', 'a sign-up prompt'],
    [
      'Content created by The Daily Caller News Foundation is available without charge to any eligible news publisher that can provide a large audience.',
      'site boilerplate',
    ],
    ['This is a rush transcript. Copy may not be in its final form.', 'site boilerplate'],
    ['This article is more than 3 years old', 'a date label'],
    ['[pullquote]', 'a media placeholder'],
    ['Enlarge this image toggle caption Evan Vucci/AP Evan Vucci/AP', 'a media placeholder'],
    ['SHARE THIS ARTICLE Share Tweet Post Email', 'sharing buttons'],
    ['Advertisement Continue reading the main story', 'an advertisement label'],
  ])('drops %j as %s', (line, reason) => {
    expect(between(line)).toBe(`✗ ${line} ← ${reason}`)
  })

  it.each([
    'Reporters from three newspapers contributed to the investigation, which took a year.',
    'Follow the money, the senator told reporters on Twitter, and you will find who paid for the ads.',
    '[Applause]',
    'Share prices fell sharply on Friday after the agency’s report was published.',
    'This article is more than a summary of the hearing: it is a record of what each member asked.',
    'Post offices will close early on Monday, the service said.',
    'Three senators contributed.',
    'The campaign urged supporters to sign up for its newsletter before the debate on Thursday.',
    'Asked whether voters should subscribe: sign up for what, he said, laughing.',
  ])('keeps %j', (line) => {
    expect(between(line)).toBe(`  ${line}`)
  })
})

describe('after the body', () => {
  it('keeps a last sentence that a page wrapped in zero-width spaces, with the credits after it dropped', () => {
    const last = '\u200bHe said tips had already come in from across the county.\u200b'
    const text = [BODY_1, '', BODY_2, '', last, '', '— Staff Writers Ahiza Garcia and Alex Heath contributed to this report.', '', '• This article is based in part on wire service reports.'].join('\n')
    expect(preview(text).split('\n').slice(2)).toEqual([
      `  ${last}`,
      '✗ — Staff Writers Ahiza Garcia and Alex Heath contributed to this report. ← reporting credit',
      '✗ • This article is based in part on wire service reports. ← reporting credit',
    ])
  })
})

describe('before the body', () => {
  it('takes a writer’s name followed by the outlet’s name in capitals as the byline', () => {
    const text = ['IRS draws bipartisan fire at hearing', '', 'Gregory Korte', '', 'USA TODAY', '', BODY_1, '', BODY_2].join('\n')
    expect(preview(text, { title: 'IRS draws bipartisan fire at hearing' })).toBe(
      ['✗ IRS draws bipartisan fire at hearing ← the headline, shown as the title', '✗ Gregory Korte ← byline', '✗ USA TODAY ← byline', `  ${BODY_1}`, `  ${BODY_2}`].join('\n'),
    )
  })

  it('keeps a name followed by a line that is not an outlet’s name in capitals', () => {
    const text = ['Gregory Korte', '', 'Washington bureau chief, who covered the hearing', '', BODY_1, '', BODY_2].join('\n')
    expect(preview(text).split('\n')[0]).toBe('  Gregory Korte')
  })

  it('drops the headline each time the page printed it again at the top', () => {
    const title = "GOP Slams Obama For Saying Private Sector's 'Doing Fine'"
    const text = [title, '', title, '', BODY_1, '', BODY_2].join('\n')
    expect(preview(text, { title })).toBe([`✗ ${title} ← the headline, shown as the title`, `✗ ${title} ← the headline, shown as the title`, `  ${BODY_1}`, `  ${BODY_2}`].join('\n'))
  })
})
