// Given names that are a man's or a woman's, so that a pronoun is not taken for someone of the other gender:
// "“18 years has not lessened our loss,” she told those gathered" after Mike Pence and Mary Ann Marino are named
// is Marino's. Common English given names and their short forms, and those of other languages that news from
// abroad often names; names given to either ("Pat", "Chris", "Jordan", "Kelly") are on neither list, so a
// report's own words (a title, "his wife") decide for them, or nothing does.

const MEN =
  'aaron abdel abdul abdullah abraham adam adrian ahmed al alan albert alec alexander alexei alfred ali allen alvin andre andrew ' +
  'andy angus anthony antonio arnold arthur barack barry ben benjamin benny bernard bernie bill billy bob bobby boris brad ' +
  'bradley brandon brendan brent brett brian bruce bryan byron calvin carl carlos cecil chad charles charlie chuck clarence ' +
  'clifford clint cody colin craig curtis dale dan daniel danny darrell dave david dean dennis derek devin dick dmitry don ' +
  'donald doug douglas duane dwight earl ed eddie edgar edward elijah elliot emmanuel eric ernest eugene evan felix fernando ' +
  'francis francisco frank franklin fred frederick gabriel gary gene geoffrey george gerald gilbert glenn gordon graham ' +
  'greg gregory hank harold harry hassan hector henry herbert herman howard hugh hunter ian igor isaac ivan jack jacob jake ' +
  'james jared jason jay jeb jeff jeffrey jeremy jerome jerry jesse jim jimmy joe joel joey john johnny jon jonathan jose ' +
  'joseph josh joshua juan julian justin karl keith ken kenneth kevin kirk kurt lamar larry lawrence ' +
  'leon leonard lewis lloyd louis luis luke malcolm marco mario mark marshall martin marvin matt matthew maurice ' +
  'max michael mike miguel mitch mitchell mitt mohammad mohammed muhammad nathan ned neil nicholas nick nigel noah norman ' +
  'oliver omar orrin oscar pablo paul pedro pete peter phil philip pierre rafael ralph rand randall randy ray raymond ' +
  'recep reggie reince rex richard rick ricky rob robert robbie roberto rod rodney roger roland ron ronald roy rudy ' +
  'russell ryan salman samuel scott sean sergei sergey seth shane sherrod stanley stephen steve steven stuart ted ' +
  'teddy terrence theodore thomas tim timothy todd tom tommy tony travis trey troy tyler vernon victor vincent vladimir ' +
  'walter warren wayne wesley will william willie xavier yusuf zachary'

const WOMEN =
  'abigail adrienne alexandria alice alicia allison amanda amber amy ana angela angelina anita ann anna anne ' +
  'annette april ashley audrey ayanna barbara becky betsy betty beverly bonnie brenda brittany camila carla carly carmen ' +
  'carol caroline carolyn catherine cathy charlotte cheryl christina christine cindy claire claudia colleen condoleezza ' +
  'connie crystal cynthia daisy deborah debbie debra denise diana diane dianne donna doris dorothy edith ' +
  'eileen elaine elena elise elizabeth ella ellen emily emma erica erin esther eva evelyn florence frances gabrielle ' +
  'gail gina gladys gloria grace gretchen hannah heather heidi helen hillary holly hope ilhan irene isabel ivanka jacqueline ' +
  'jane janet janice jeanne jennifer jenny jessica jill joan joanne josephine joy joyce judith judy julia julie ' +
  'june karen kate katherine kathleen kathryn kathy katie kay kayleigh kellyanne kimberly kirsten kristen kristin ' +
  'laura lauren linda lisa liz loretta lori louise lucy madeleine madison maggie margaret maria marie marilyn ' +
  'marsha martha mary maxine megan megyn melania melanie melissa michele michelle mildred mona monica nancy naomi natalie ' +
  'nicole nikki nina nora norma olivia pamela patricia patty paula pauline peggy penny rachel rebecca regina rita roberta ' +
  'rosa rose ruth sally samantha sandra sara sarah sharon sheila shirley sonia sophia stephanie sue susan susanna suzanne ' +
  'sylvia tammy tanya teresa theresa tina tracey tulsi ursula valerie vanessa victoria virginia wendy whitney yvonne'

const GENDERS = new Map<string, 'm' | 'f'>([...MEN.split(' ').map((n) => [n, 'm'] as const), ...WOMEN.split(' ').map((n) => [n, 'f'] as const)])

/** The gender a given name says, or null for one given to either or not known. */
export function genderOfGivenName(name: string): 'm' | 'f' | null {
  return GENDERS.get(name.toLowerCase()) ?? null
}
