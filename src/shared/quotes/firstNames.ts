// The short forms of English first names that news writes for the full ones: "Jim Mattis" in one report is
// "James Mattis" in another, and "Chuck Schumer" is "Charles E. Schumer".

/** English first names and the short forms news writes for them ("Jim Mattis" is "James Mattis"), each
 *  form with the full names it may stand for. */
const SHORT_FORMS = new Map<string, string[]>()
for (const line of [
  'james jim jimmy jamie',
  'william bill billy will willie',
  'robert bob bobby rob robbie bert',
  'richard dick rick rich ricky',
  'michael mike mick',
  'joseph joe joey',
  'thomas tom tommy',
  'charles chuck charlie',
  'edward ed eddie ted ned',
  'theodore ted teddy',
  'christopher chris',
  'daniel dan danny',
  'david dave',
  'donald don',
  'elizabeth liz beth betsy betty',
  'katherine kate kathy katie',
  'catherine kate cathy katie',
  'kathleen kathy kate',
  'margaret maggie peggy meg',
  'patricia pat patty trish',
  'patrick pat',
  'jennifer jen jenny',
  'rebecca becky',
  'susan sue susie',
  'samuel sam',
  'benjamin ben',
  'nicholas nick',
  'anthony tony',
  'andrew andy drew',
  'steven steve',
  'stephen steve',
  'gerald jerry',
  'jerrold jerry',
  'jerome jerry',
  'jeffrey jeff',
  'kenneth ken',
  'lawrence larry',
  'matthew matt',
  'mitchell mitch',
  'alexander alex',
  'ronald ron',
  'timothy tim',
  'gregory greg',
  'peter pete',
  'philip phil',
  'frederick fred',
  'henry hank',
  'john jack',
  'raymond ray',
  'douglas doug',
  'eugene gene',
  'jonathan jon',
  'joshua josh',
  'jacob jake',
  'randall randy',
  'zachary zach',
]) {
  const [full, ...short] = line.split(' ') as [string, ...string[]]
  for (const form of short) SHORT_FORMS.set(form, [...(SHORT_FORMS.get(form) ?? []), full])
}

/** Whether two first names are one person's: a full name and a short form of it. */
export function sameFirstName(a: string, b: string): boolean {
  return (SHORT_FORMS.get(a) ?? []).includes(b) || (SHORT_FORMS.get(b) ?? []).includes(a)
}
