// The words names are made of in news reports, and the words around them: titles and offices written
// before a name (taken off, and kept as the person's role), words that make a name an organisation's,
// offices that stand for a person ("the president"), capitalised words that are not names, the connectors
// and suffixes names carry, and the states of the United States (places, not speakers, when a report says
// "the Massachusetts senator" or "Elizabeth Warren of Massachusetts").

/** Titles and offices written before a name; the name is what follows the last of them. */
export const TITLES = new Set(
  (
    'mr mrs ms miss dr rep reps sen sens gov govs lt gen col maj adm capt cmdr cdr sgt cpl pvt pfc spc rev fr sister brother prof ' +
    'president presidents president-elect vice secretary secretary-general speaker senator senators governor chairman chairwoman chair judge justice mayor attorney general ' +
    'prime minister ambassador chief director commissioner sheriff officer detective pope king queen prince princess ' +
    'leader majority minority whip representative congressman congresswoman councilman councilwoman lieutenant ' +
    'coach candidate nominee spokesman spokeswoman spokesperson press sergeant commander superintendent chancellor administrator ' +
    'admiral colonel captain rabbi imam cardinal archbishop bishop undersecretary ' +
    'sheikh ayatollah emir sultan crown premier deputy assistant acting former emeritus then state u.s us house senate vp ' +
    'republican republicans democrat democrats democratic independent gop ag ceo counselor professor founder author ' +
    // Offices and descriptions written before a name with a capital: "White House Counsel Pat Cipollone", "Hewlett-Packard
    // Chief Executive Meg Whitman", "CNN Senior Legal Analyst Jeffrey Toobin", "Conservative MP Michael Gove".
    'counsel executive analyst prosecutor mp senior adviser advisor correspondent host anchor contributor commentator columnist'
  ).split(' '),
)
export const MALE_TITLES = new Set(['mr', 'king', 'prince', 'brother', 'fr', 'sheikh', 'emir', 'sultan', 'pope', 'congressman', 'councilman', 'spokesman', 'chairman'])
export const FEMALE_TITLES = new Set(['mrs', 'ms', 'miss', 'queen', 'princess', 'sister', 'congresswoman', 'councilwoman', 'spokeswoman', 'chairwoman'])

/** Words that make a capitalised run an organisation rather than a person. */
export const ORGANISATION_WORDS = new Set(
  (
    'house department ministry office agency committee commission council court party campaign pentagon kremlin ' +
    'company inc corp corporation association union administration service bureau university police army navy ' +
    'times post news network institute foundation center centre group board bank reserve fund organization ' +
    'organisation federation government parliament congress senate command coalition alliance embassy club ' +
    'airlines school hospital church county city state states nations press journal magazine tribune studies photos images ' +
    'society league conference caucus forum project trust academy authority'
  ).split(' '),
)

/** Lower-case offices and descriptions that stand for a person ("the president said"). */
export const ROLE_NOUNS = new Set(
  (
    'president president-elect senator congressman congresswoman governor secretary secretary-general spokesman spokeswoman spokesperson minister ' +
    'mayor judge justice chairman chairwoman ambassador candidate nominee speaker director chief sheriff prosecutor ' +
    'attorney official commissioner leader lawmaker coach pope pontiff king queen premier chancellor general commander ' +
    'officer detective representative chair columnist editor lawyer adviser advisor analyst ' +
    // What someone does, that a report calls them by once it has named them ("New York-based tailor, Leonard
    // Logsdail … “…,” the tailor said"). Not the words for the sources a report leaves unnamed ("the aide", "the
    // executive", "the author"): given to the person last spoken of, they named the wrong one.
    'diplomat tycoon businessman businesswoman tailor historian economist veteran activist'
  ).split(' '),
)

/** Words that begin a sentence or a clause in capitals without being a name. */
export const NOT_NAMES = new Set(
  (
    'the a an and but or so yet in on at of for to from by with as if when while after before since though although ' +
    'this that these those there here it its he she they we i you his her their our my your one some many most ' +
    'all both each every several few no not however meanwhile also still then now later earlier today yesterday tomorrow ' +
    'unlike despite during following amid regarding although unless until whether another through toward towards ' +
    'across against among within without into upon beyond via ' +
    'monday tuesday wednesday thursday friday saturday sunday january february march april may june july ' +
    'august september october november december asked speaking writing according instead indeed moreover whenever wherever whatever ' +
    // The page's own calls, before a headline or a link: "Watch Trump’s press conference".
    'watch listen click subscribe share see read update more ' +
    // A headline's question: "Why Trump’s Immigration Order Isn’t the End of the Matter".
    'why how what who where ' +
    // An opening participle ("Having volunteered …, West said") and a collective ("Others have criticized").
    'having being others ' +
    // "Late Thursday, a dozen former officials …".
    'late early ' +
    // Adverbs that open a sentence without the ending most have: "Even Trump conceded …".
    'even just perhaps already never almost ever rather quite ' +
    // A page's own words run into the text: "ADVERTISEMENT", CNN's "JUST WATCHED", a gallery's "Hide Caption",
    // "Story Continued Below", "MUST WATCH", "SEE ALSO", a picture's "Photo".
    'advertisement watched hide caption story continued below must see photo photos ' +
    // A page's buttons for sharing a picture, before its caption: "Facebook Twitter Pinterest Beto O’Rourke said".
    'facebook twitter pinterest'
  ).split(' '),
)

/** Words for a nation, a people or a faith, written in capitals as adjectives ("a senior Ukrainian security
 *  official", "attacks on Jewish cemeteries") or for its people ("Americans"): alone, they name no one. Those that
 *  are common surnames too ("French", "English", "German") are left out. */
export const DEMONYMS = new Set(
  (
    'american americans british canadian mexican cuban brazilian argentine venezuelan colombian chilean peruvian ' +
    'european russian russians ukrainian ukrainians polish czech hungarian romanian bulgarian serbian croatian greek ' +
    'italian spanish portuguese dutch belgian swiss austrian swedish norwegian danish finnish scottish irish ' +
    'turkish syrian syrians iraqi iraqis iranian iranians israeli israelis palestinian palestinians lebanese jordanian ' +
    'egyptian saudi yemeni emirati qatari kuwaiti libyan tunisian algerian moroccan afghan afghans pakistani indian ' +
    'chinese japanese korean koreans vietnamese thai filipino indonesian malaysian australian african nigerian kenyan ' +
    'ethiopian somali sudanese asian arab arabs kurdish kurds sunni shiite shia muslim muslims jewish christian christians ' +
    'catholic catholics protestant evangelical hispanic latino latina western eastern northern southern soviet ' +
    'islamist islamists jihadist jihadists'
  ).split(' '),
)

/** Time zones written after a time ("At 6:30 p.m. ET"): initials that are no organisation. */
export const TIME_ZONES = new Set(['et', 'est', 'edt', 'ct', 'cst', 'cdt', 'mt', 'mst', 'mdt', 'pt', 'pst', 'pdt', 'gmt', 'utc', 'bst', 'cet'])

export const CONNECTORS = new Set(['de', 'da', 'del', 'della', 'di', 'van', 'von', 'der', 'den', 'bin', 'ibn', 'al', 'el', 'la', 'le', 'du', 'dos', 'st.'])
export const SUFFIXES = new Set(['jr', 'jr.', 'sr', 'sr.', 'ii', 'iii', 'iv'])


/** Countries by their names' words, which a place brought in before a person's name may be ("envoy to Ukraine
 *  Kurt Volker"). */
export const COUNTRIES = new Set(
  (
    'afghanistan albania algeria angola argentina armenia australia austria azerbaijan bahrain bangladesh belarus belgium ' +
    'bolivia bosnia brazil britain bulgaria burma cambodia cameroon canada chad chile china colombia congo croatia cuba ' +
    'cyprus czechia denmark ecuador egypt england eritrea estonia ethiopia finland france georgia germany ghana greece ' +
    'guatemala haiti honduras hungary iceland india indonesia iran iraq ireland israel italy jamaica japan jordan ' +
    'kazakhstan kenya korea kosovo kuwait latvia lebanon libya lithuania malaysia mali mexico moldova mongolia montenegro ' +
    'morocco mozambique myanmar nepal netherlands nicaragua niger nigeria norway oman pakistan palestine panama paraguay peru ' +
    'philippines poland portugal qatar romania russia rwanda scotland senegal serbia singapore slovakia slovenia somalia ' +
    'spain sudan sweden switzerland syria taiwan tajikistan tanzania thailand tunisia turkey uganda ukraine uruguay ' +
    'uzbekistan venezuela vietnam wales yemen zambia zimbabwe arabia africa lanka zealand'
  ).split(' '),
)

/** A Korean given name of two short syllables joined by a hyphen, as reports write it after the family name:
 *  "Ki-moon", "Jae-in", "Yong-ho" (a pattern's source, for people.ts and speakers.ts). */
export const KOREAN_GIVEN_NAME = String.raw`\p{Lu}\p{Ll}{1,3}-\p{Ll}{2,4}`

/** Words that open a place's name of two: "North Korea", "South Carolina", "New Zealand", "United Kingdom". */
export const PLACE_OPENERS = new Set(['north', 'south', 'east', 'west', 'new', 'united'])

/** Whether a word (in lower case) is a country's, a state's, or one that opens a place's name. */
export const isPlaceWord = (lower: string): boolean => COUNTRIES.has(lower) || PLACES.has(lower) || PLACE_OPENERS.has(lower)

/** Places often written beside a person's name ("of Massachusetts", "the Texas Republican"). */
export const PLACES = new Set(
  (
    'alabama alaska arizona arkansas california colorado connecticut delaware florida georgia hawaii idaho illinois indiana ' +
    'iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota mississippi missouri montana nebraska ' +
    'nevada hampshire jersey mexico york carolina dakota ohio oklahoma oregon pennsylvania rhode tennessee texas utah ' +
    'vermont virginia washington wisconsin wyoming'
  ).split(' '),
)

/** The abbreviations news style writes for states and months ("Calif.", "Fla.", "Sept."): a short capitalised
 *  word with a full stop is one of these, or else a name ending its sentence ("said Krane.", "said Trump."). */
export const ABBREVIATIONS = new Set(
  (
    'ala ariz ark calif colo conn del fla ga ill ind kan kans ky la md mass mich minn miss mo mont neb nev okla ore pa ' +
    'tenn tex vt va wash wis wyo jan feb aug sept oct nov dec'
  ).split(' '),
)

/** Words that open a sentence without being its subject ("But he said", "Later Mr. Holder added"). */
export const LEADING_WORDS = new Set('but and so yet then later still also however meanwhile now instead earlier again'.split(' '))

/** Party and state tags written after a legislator's name: "R-Texas", "D-N.Y.", "(R-Ala.)". */
export const PARTY_TAG = /^\(?[RDI]-[A-Z][A-Za-z.]*\)?,?$/

/** What speaks for its author: "the statement said", "the letter reads". */
export const DOCUMENTS = new Set('statement statements letter memo memorandum release tweet tweets post filing complaint email note report document order lawsuit suit ruling opinion brief petition testimony'.split(' '))
