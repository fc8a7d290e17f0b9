// The words of web-page furniture that copies of articles carry along: buttons, labels and headings
// that are never part of a report when they make up a whole line. Matched against a line's key
// (lineKey: lower case, outer punctuation removed), so "Join the Discussion", "SHARE »" and
// "Related stories:" all match. Kept to phrases that a sentence of a report cannot consist of.

/** Why a line is clutter, as the import preview shows it. */
export const REASONS = {
  navigation: 'site navigation',
  sharing: 'sharing buttons',
  advertising: 'an advertisement label',
  subscription: 'a sign-up prompt',
  comments: 'comments widget',
  tags: 'tags',
  otherStories: 'a heading for other stories',
  media: 'a media placeholder',
  dateLabel: 'a date label',
  analytics: 'analytics leftover',
  legal: 'site boilerplate',
} as const

export type Reason = (typeof REASONS)[keyof typeof REASONS]

const VOCABULARY: Record<keyof typeof REASONS, readonly string[]> = {
  navigation: [
    'skip to content', 'skip to main content', 'skip to navigation', 'skip navigation', 'skip to footer', 'menu', 'main menu',
    'open menu', 'close menu', 'navigation', 'search', 'home', 'homepage', 'back to top', 'top', 'next', 'previous', 'prev', 'back',
    'go back', 'next article', 'previous article', 'next story', 'previous story', 'next post', 'previous post', 'read more',
    'continue reading', 'read full article', 'read the full story', 'read full story', 'full story', 'see more', 'show more',
    'load more', 'view more', 'more', 'less', 'show less', 'expand', 'collapse', 'close', 'open', 'toggle', 'click here',
    'loading', 'please wait', 'javascript is disabled', 'please enable javascript', 'enable javascript', 'you are here',
    'continue reading the main story', 'take me back to the top of this post', 'back to the top of this post',
    'latest', 'featured', 'spotlight', 'live tv', 'watch live', 'edition', 'choose edition', 'change edition', 'sections', 'all sections', 'quick links',
  ],
  sharing: [
    'share', 'shares', 'share this', 'share this article', 'share this story', 'share this page', 'share article', 'share story',
    'post', 'share on facebook', 'share on twitter', 'share on x', 'share on linkedin', 'share on whatsapp', 'share via email',
    'share via e-mail', 'share by email', 'tweet', 'tweet this', 'email', 'e-mail', 'email this', 'email this article', 'print',
    'print this', 'print this article', 'print article', 'save', 'save article', 'save story', 'saved', 'bookmark', 'copy link',
    'copy url', 'copy article link', 'link copied', 'copied', 'facebook', 'twitter', 'linkedin', 'whatsapp', 'reddit',
    'pinterest', 'flipboard', 'telegram', 'messenger', 'tumblr', 'gift this article', 'gift article', 'follow', 'follow us',
    'like us on facebook', 'permalink',
  ],
  advertising: [
    'advertisement', 'advertising', 'ad', 'ads', 'sponsored', 'sponsored content', 'sponsored links', 'paid content', 'paid post',
    'promoted', 'promoted content', 'promoted links', 'partner content', 'story continues below advertisement',
    'article continues below advertisement', 'continue reading below', 'article continues below', 'story continues below',
    'story continued below', 'article continued below', 'continued below',
    'content continues below', 'scroll to continue with content', 'ad feedback', 'adchoices', 'ad choices',
    'advertise with us', 'skip advertisement', 'report this ad', 'remove ads', 'advertiser content',
  ],
  subscription: [
    'sign up', 'sign in', 'sign out', 'log in', 'log out', 'login', 'logout', 'register', 'subscribe', 'subscribe now',
    'subscribe today', 'subscribers only', 'for subscribers', 'newsletter', 'newsletters', 'sign up for our newsletter',
    'sign up for our newsletters', 'get our newsletter', 'get the newsletter', 'sign up for free', 'already a subscriber',
    'create an account', 'create a free account', 'create free account', 'log in to continue', 'start your free trial',
    'become a member', 'support us', 'donate', 'unlock this article', 'my account', 'account', 'download the app',
    'get the app', 'open in app',
  ],
  comments: [
    'comments', 'comment', 'join the discussion', 'join the conversation', 'discuss', 'discuss as', 'discussion',
    'leave a comment', 'post a comment', 'add a comment', 'write a comment', 'show comments', 'view comments', 'hide comments',
    'load comments', 'see all comments', 'read comments', 'view all comments', 'comments are closed', 'conversation', 'reply',
    'replies', 'no comments', 'no comments yet', 'be the first to comment', 'log in to comment', 'commenting guidelines',
    'community guidelines', 'sort by', 'newest', 'oldest', 'most liked',
  ],
  tags: [
    'tags', 'tag', 'topics', 'topic', 'filed under', 'posted in', 'categories', 'category', 'keywords', 'related topics',
    'more about', 'explore more', 'in this article', 'mentioned in this article', 'subjects', 'more on these topics',
    'explore more on these topics',
  ],
  otherStories: [
    'more news', 'more stories', 'more headlines', 'more top stories', 'more articles', 'more to read', 'more to explore',
    'more videos', 'more coverage', 'more on this story', 'more on this topic', 'related', 'related stories', 'related articles',
    'related news', 'related content', 'related coverage', 'related posts', 'related links', 'related reading', 'related videos',
    'related video', 'recommended', 'recommended stories', 'recommended for you', 'recommended reading', 'recommended articles',
    'recommended videos', 'we recommend', 'you may also like', 'you might also like', 'you may be interested in',
    'you might be interested in', 'you may have missed', 'in case you missed it', "don't miss", 'do not miss', 'must read',
    'must reads', 'most popular', 'most read', 'most viewed', 'most shared', 'most emailed', 'most commented', 'most watched',
    'popular', 'popular now', 'popular stories', 'popular articles', 'trending', 'trending now', 'trending stories',
    'trending news', 'trending topics', 'top stories', 'top news', 'top headlines', 'latest news', 'latest stories',
    'latest headlines', 'latest articles', 'read next', 'what to read next', 'up next', 'next up', 'also read',
    'see also', "editor's picks", "editors' picks", 'editors picks', 'around the web', 'from around the web', 'from the web',
    'elsewhere on the web', 'sponsored stories', 'promoted stories', 'from our partners', 'more from our partners',
    'featured stories', "what's hot", 'hot topics', 'news from around the world',
  ],
  media: [
    'image', 'images', 'photo', 'photos', 'picture', 'video', 'videos', 'watch', 'watch video', 'watch now', 'play', 'play video',
    'pause', 'mute', 'unmute', 'replay', 'listen', 'listen to this article', 'listen to article', 'listen to this story',
    'audio', 'gallery', 'photo gallery', 'view gallery', 'slideshow', 'enlarge this image', 'enlarge image', 'view image',
    'toggle caption', 'hide caption', 'show caption', 'caption', 'full screen', 'fullscreen', 'zoom', 'media playback is unsupported on your device',
    'this video is not available', 'your browser does not support the video tag',
  ],
  dateLabel: ['updated', 'published', 'posted', 'last updated', 'first published', 'date', 'modified'],
  analytics: [
    'real time analytics', 'real-time analytics', 'web analytics', 'analytics', 'google analytics', 'site analytics',
    'tracking pixel', 'web counter', 'hit counter', 'visitor counter', 'free web counter', 'statcounter', 'stat counter',
    'clicky', 'chartbeat', 'comscore', 'quantcast', 'site meter', 'sitemeter', 'web stats', 'website statistics',
  ],
  legal: [
    'all rights reserved', 'cookie settings', 'cookie policy', 'cookies', 'accept cookies', 'accept all cookies', 'accept all',
    'reject all', 'manage preferences', 'manage cookies', 'privacy', 'privacy policy', 'privacy notice', 'terms', 'terms of use',
    'terms of service', 'terms and conditions', 'contact', 'contact us', 'about', 'about us', 'careers', 'help', 'faq',
    'sitemap', 'site map', 'accessibility', 'report an error', 'report a correction', 'corrections', 'feedback', 'send feedback',
    'give feedback', 'rss', 'rss feed', 'do not sell my personal information', 'do not sell or share my personal information',
    'your privacy choices', 'ad policy',
  ],
}

/** Names of site sections; alone on a line they are navigation, but only outside the body (a report may have an "Economy" subheading). */
export const SECTION_NAMES: ReadonlySet<string> = new Set([
  'news', 'world', 'world news', 'u.s', 'us', 'u.s. news', 'us news', 'politics', 'business', 'markets', 'economy', 'tech',
  'technology', 'science', 'health', 'sports', 'sport', 'entertainment', 'culture', 'arts', 'style', 'lifestyle', 'travel',
  'food', 'opinion', 'opinions', 'local', 'national', 'international', 'weather', 'crime', 'education', 'environment',
  'climate', 'media', 'money', 'finance', 'autos', 'real estate', 'obituaries', 'investigations', 'europe', 'asia', 'africa',
  'americas', 'middle east', 'uk', 'breaking news', 'podcasts', 'newsletters', 'games', 'puzzles', 'crosswords', 'shopping',
])

const BY_KEY = new Map<string, Reason>()
for (const [kind, phrases] of Object.entries(VOCABULARY) as [keyof typeof REASONS, readonly string[]][]) {
  for (const phrase of phrases) BY_KEY.set(phrase, REASONS[kind])
}

/** The reason a whole line is known furniture, by its key; null for any other line. */
export function furnitureReason(key: string): Reason | null {
  return BY_KEY.get(key) ?? null
}

const LONGEST_PHRASE = Math.max(...[...BY_KEY.keys()].map((phrase) => phrase.split(' ').length))
const DURATION = /^\d{1,2}:\d{2}$/
/** Furniture set side by side on one line is never longer than this. */
const MAX_RUN_WORDS = 12

/**
 * A line made of two or more pieces of furniture side by side ("SHARE THIS ARTICLE Share Tweet Post Email",
 * "Advertisement Continue reading the main story"): the reason of its first piece; null unless every word
 * of the line belongs to one.
 */
export function furnitureRunReason(key: string): Reason | null {
  const words = key.split(' ')
  if (words.length < 2 || words.length > MAX_RUN_WORDS) return null
  // first[i]: the reason of the first piece of a way to cut words[0..i) into pieces, or null if there is none.
  const first: (Reason | null)[] = [null]
  const pieces: number[] = [0]
  for (let end = 1; end <= words.length; end++) {
    first.push(null)
    pieces.push(0)
    for (let start = Math.max(0, end - LONGEST_PHRASE); start < end; start++) {
      if (start > 0 && first[start] === null) continue
      // A player's duration between pieces ("listen to article 4:31 share this article") belongs to the one before it.
      if (start === end - 1 && start > 0 && first[start] !== null && DURATION.test(words[start] as string)) {
        first[end] = first[start] as Reason
        pieces[end] = pieces[start] as number
        break
      }
      const reason = BY_KEY.get(words.slice(start, end).join(' '))
      if (reason === undefined) continue
      first[end] = start === 0 ? reason : (first[start] as Reason)
      pieces[end] = (pieces[start] as number) + 1
      break
    }
  }
  return (pieces[words.length] as number) >= 2 ? (first[words.length] ?? null) : null
}

/** Counts that widgets print on a line of their own: "12 comments", "1.2K shares". */
const COUNTER = /^\d[\d,.]*\s*[km]?\s+(comments?|shares?|replies|reply|responses?|reactions?|views?|likes?|min read|minute read|minutes read)$/
const FOLLOW = /^follow (us|me|@\S+)( on \S+( and \S+)?)?$/

export function counterOrFollowReason(key: string): Reason | null {
  if (COUNTER.test(key)) return /comment|repl|respons/.test(key) ? REASONS.comments : key.includes('read') ? REASONS.navigation : REASONS.sharing
  if (FOLLOW.test(key)) return REASONS.sharing
  return null
}

/** Whether the key is a heading after which a page lists other stories. */
export function opensOtherStories(key: string): boolean {
  return BY_KEY.get(key) === REASONS.otherStories || /^(?:read )?more (from|on|in) \S+( \S+){0,3}$/.test(key)
}
