// The W3C Web Annotation model's own checks, as the web-platform-tests state them: JSON Schemas (draft-04)
// in tests/fixtures/annotation-model, run with a JSON Schema validator. `mustAssertions` are the MUSTs an
// annotation has to pass (the list in annotationMusts.test); `creatorAssertions` are the optional checks of
// a creator. Not a test file itself.

import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import Ajv from 'ajv-draft-04'
import addFormats from 'ajv-formats'

const folder = 'tests/fixtures/annotation-model'
const read = (path: string): Record<string, unknown> => JSON.parse(readFileSync(join(folder, path), 'utf8')) as Record<string, unknown>

// The test files describe each assertion with keywords of their own, which the validator is told to expect.
const ajv = new Ajv({ allErrors: true, strictTypes: false, strictTuples: false, strictRequired: false })
ajv.addVocabulary(['assertionType', 'expectedResult', 'onUnexpectedResult', 'errorMessage'])
addFormats(ajv)
for (const file of readdirSync(join(folder, 'definitions'))) ajv.addSchema(read(join('definitions', file)))

export interface Assertion {
  /** The file, as annotationMusts.test names it. */
  file: string
  title: string
  assertionType: string
  check: (annotation: unknown) => boolean
}

function assertion(file: string): Assertion {
  const schema = read(file)
  const validate = ajv.compile(schema)
  return { file, title: String(schema.title), assertionType: String(schema.assertionType), check: (annotation) => validate(annotation) === true }
}

const musts = read('annotations/annotationMusts.test') as { assertions: string[] }

/** The 14 MUST assertions on an annotation (3.1 context, id, type, target; 3.2 bodies and targets; 3.3 values). */
export const mustAssertions: Assertion[] = musts.assertions.map(assertion)

/** Optional checks of the creator: present (MAY), with a name (MAY) and a type such as Person (SHOULD). */
export const creatorAssertions: Assertion[] = [
  'annotations/3.3.1-annotationCreatorImplemented.json',
  'annotations/3.3.2-annotationCreatorAgentNameImplemented.json',
  'annotations/3.3.2-annotationCreatorAgentTypeImplemented.json',
].map(assertion)

/** The assertions `annotation` fails, by file name: none when it meets them all. */
export function failedAssertions(annotation: unknown, assertions: readonly Assertion[] = mustAssertions): string[] {
  return assertions.filter((a) => !a.check(annotation)).map((a) => a.file)
}
