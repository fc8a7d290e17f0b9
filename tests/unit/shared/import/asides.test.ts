// The rules for captions, credits, gallery counters and promotions read from text alone, and the page's
// markup handed to clean-up: each case renders every block as kept ("  ") or dropped ("✗ … ← reason"), so
// a failure reads like a diff of the preview. Each rule has a line it must take and one like it it must keep.

import { describe, expect, it } from 'vitest'
import { between as betweenBodies, preview } from './preview'

const BODY_1 = 'Gunmen opened fire on visitors at the national museum on Wednesday, killing at least 19 people, officials said.'
const BODY_2 = 'It was the most deadly attack in the country in more than a decade, and no group claimed responsibility for it.'

const between = (line: string): string => betweenBodies(line, [BODY_1, BODY_2])

describe('captions and credits from the text', () => {
  it.each([
    ['Protesters gather outside the embassy in Tehran on Sunday. (AP Photo/Vahid Salemi)', 'a photo caption'],
    ['The rocket on its launch pad in Baikonur, the agency said.(Oleg Urusov/ Roscosmos Press Service photo via AP)', 'a photo caption'],
    ['Judge Tammy Kemp hugs the mother after the trial ended Wednesday. (Tom Fox / Staff Photographer)', 'a photo caption'],
    ['Image caption The president said he would continue fighting for greater gun control laws', 'a photo caption'],
    ['Clockwise from top: small whale bones; squid beaks, from the stomach of a sperm whale', 'a photo caption'],
    ['Above, the skull of a whale; right, a large-calibre bullet of the type used for euthanasing whales', 'a photo caption'],
    ['Pictured: the prime minister speaks with his chancellor in the Commons last night', 'a photo caption'],
    ['Obama began his address with a tribute to the slain U.S. ambassador to Libya. | REUTERS At U.N., Obama defends free speech', 'a photo caption'],
    ['Steven Miller went before the panel Friday. | M.Scott Mahaskey/POLITICO Miller defiant as GOP attacks', 'a photo caption'],
    ['President Obama’s speech capped a surprisingly unifying convention. | Brett Flashnick for POLITICO Downsizing the dream', 'a photo caption'],
    ['Credit Harry Campbell', 'photo credit'],
    ['Image copyright Getty Images', 'photo credit'],
    ['(Bild: Hersteller)', 'photo credit'],
    ['1 / 5', 'a gallery counter'],
    ['Photo 3 of 12', 'a gallery counter'],
    ['Gallery: Xbox One X | 14 Photos', 'a gallery counter'],
  ])('drops %j as %s', (line, reason) => {
    expect(between(line)).toBe(`✗ ${line} ← ${reason}`)
  })

  it.each([
    'Support for the measure stood at 41 percent, down from 48 percent in March, according to the survey. (Reuters/Ipsos)',
    'Above all, the ministers agreed that the talks should resume; left alone, the two sides would not meet again.',
    'Credit Suisse Group',
    'The vote was 52 to 48 | a margin the leader called comfortable, though aides said it was closer than they had hoped.',
    '9/11',
    '3/4',
  ])('keeps %j', (line) => {
    expect(between(line)).toBe(`  ${line}`)
  })
})

describe('promotions', () => {
  it.each([
    ['[Read: Why Tunisia, Arab Spring’s sole success story, suffers from Islamist violence]', 'a link to another story'],
    ['[Bardo museum houses amazing Roman treasures]', 'a link to another story'],
    ['Map: Flow of foreign fighters to Syria', 'a link to a map, graphic or video'],
    ['Video: Inside the museum after the attack', 'a link to a map, graphic or video'],
    ['Powered by SmartAsset.com', 'a promotion'],
    ['Sweden is often misunderstood. But Trump’s views subvert the truth | Andrew Brown Read more', 'a link to another story'],
    ["JUST WATCHED Odd behavior in Edwards trial Replay More Videos ... MUST WATCH Odd behavior in Edwards trial 03:50", "a video player's labels"],
    [
      "Photos: Photos: The rise and fall of John Edwards The rise and fall of John Edwards – Sen. Edward Kennedy of Massachusetts and Edwards at a news briefing in Kennedy's office in 2001. Hide Caption 2 of 22 Photos: Photos: The rise and fall of John Edwards The rise and fall of John Edwards – In 2004, Democratic vice presidential candidate Edwards speaks in Fort Lauderdale, Florida. Hide Caption 3 of 22",
      'a photo gallery',
    ],
    ['Story Continued Below', 'an advertisement label'],
    ['Sign up for Command Line, a paid weekly newsletter about the tech industry’s inside conversation. Your first month is free!', 'a newsletter sign-up'],
    ['Get the Monitor Stories you care about delivered to your inbox. By signing up, you agree to our Privacy Policy', 'a newsletter sign-up'],
  ])('drops %j as %s', (line, reason) => {
    expect(between(line)).toBe(`✗ ${line} ← ${reason}`)
  })

  it.each([
    'Related: the ministry said the two attacks were not linked, and that the investigation would take several weeks to complete.',
    "[Editor's note: Protester interrupts, crowd shouts \"USA\"]",
    '[Breaking news update at 10:34 p.m. ET]',
    '[Applause]',
    'Subscribers to the newsletter said they had been warned about the attack days before it took place in the capital.',
    'Sign up for the program opened on Monday, and more than 2,000 families registered in the first hour, officials said.',
    'Map: the route the gunmen took through the museum was traced by investigators on Thursday.',
    'Just watched the debate replay with friends, and more videos of the exchange were shared by 10:30',
    'The button to hide captions on the video was added after complaints, the company said on Monday.',
    'The story continued below the fold, where readers rarely looked, the editor said.',
  ])('keeps %j', (line) => {
    expect(between(line)).toBe(`  ${line}`)
  })
})

describe('the page’s markup', () => {
  it('drops a marked caption, credit or figure text whatever its words, with the reason', () => {
    const text = ['Photo', 'United Nations peacekeepers at a camp in Sudan on Monday, where aid groups have asked for more access. Credit Ashraf Shazly/Agence France-Presse', 'Jim Watson/AFP', BODY_1, BODY_2].join('\n\n')
    expect(preview(text, { markup: ['figure', 'caption', 'credit', null, null] })).toBe(
      [
        '✗ Photo ← a media placeholder',
        '✗ United Nations peacekeepers at a camp in Sudan on Monday, where aid groups have asked for more access. Credit Ashraf Shazly/Agence France-Presse ← a photo caption',
        '✗ Jim Watson/AFP ← a photo credit',
        `  ${BODY_1}`,
        `  ${BODY_2}`,
      ].join('\n'),
    )
  })

  it('keeps every line of a code sample and a table, which the text rules would take for no words or a tail of links', () => {
    const code = ['rekt: {', 'list: [', ']', '...', '}']
    const table = ['Team Points', 'Finland 12', 'Norway 9']
    const text = [BODY_1, code.join('\n'), BODY_2, table.join('\n')].join('\n\n')
    const markup = [null, ...code.map(() => 'code' as const), null, ...table.map(() => 'table' as const)]
    expect(preview(text, { markup })).toBe([BODY_1, ...code, BODY_2, ...table].map((line) => `  ${line}`).join('\n'))
    // Without the markup the same lines are judged by their words.
    expect(preview(text)).toContain('✗ ] ← no words')
  })
})
