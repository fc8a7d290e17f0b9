// Shared data for component tests: the three sample reports as Article values (read from resources/samples),
// and three short made-up flood reports with one passage in all three and one in each pair.

import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Article } from '../../../src/shared/domain/article'
import { titleFromPlainText } from '../../../src/shared/import/plainText'
import { ARTICLE_DEFAULTS } from '../articleDefaults'

const folder = 'resources/samples/kerry-moscow-2013'

export function sampleArticles(): [Article, Article, Article] {
  const [first, second, third] = ['1.txt', '2.txt', '3.txt'].map((file, index): Article => {
    const text = readFileSync(join(folder, file), 'utf8')
    return {
      id: `sample-${index + 1}`,
      title: titleFromPlainText(text, file),
      ...ARTICLE_DEFAULTS,
      text,
    }
  }) as [Article, Article, Article]
  return [first, second, third]
}

const inAll = 'The river rose through the night and by morning the lower streets of the old town were under water.'
const inOneTwo = 'Volunteers carried sandbags to the bakery on the corner while the mayor watched from the bridge.'
const inTwoThree = 'Engineers warned that the levee built in the sixties could not hold another flood of this size again.'
const inOneThree = 'Schools will stay closed until Friday, and buses will run only on the high road for now.'

/** One passage in all three (19 words), one in each pair (18, 17, 16 words). */
export const floodPassages = { inAll, inOneTwo, inTwoThree, inOneThree }

export const floodTexts = [
  `First report opens here.\n\n${inAll}\n\n${inOneTwo}\n\n${inOneThree}\n\nOnly the first report mentions the ducks.`,
  `${inOneTwo}\n\nSecond report in between.\n\n${inAll}\n\n${inTwoThree}`,
  `${inTwoThree}\n\n${inOneThree}\n\n${inAll}\n\nThe third report ends with the weather.`,
]
