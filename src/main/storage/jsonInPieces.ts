// A large object's JSON text made a piece at a time, so that writing the library's whole file (about 4 MB at
// 10,000 articles) never holds up the main process: made as one string and turned into bytes as one, it took
// 75–100 ms in one go, while every IPC answer and window event waited. The text is exactly JSON.stringify's
// (tests/unit/main/storage/jsonInPieces.test.ts).

import { pause } from './textInPieces'

/** Elements of an array put in one piece: each piece is a millisecond or so of work. */
const ELEMENTS_PER_PIECE = 200

/** The JSON text of `value`, as JSON.stringify(value) gives it, in pieces: each of its arrays a few hundred
 *  elements at a time, everything else whole. Made lazily: the object must not change while it is read. */
export function* jsonPieces(value: Readonly<Record<string, unknown>>): Generator<string> {
  let first = true
  yield '{'
  for (const [key, field] of Object.entries(value)) {
    const head = `${first ? '' : ','}${JSON.stringify(key)}:`
    if (Array.isArray(field)) {
      first = false
      yield `${head}[`
      for (let from = 0; from < field.length; from += ELEMENTS_PER_PIECE) {
        // As JSON.stringify writes an element it cannot (undefined, a function): null.
        const piece = field.slice(from, from + ELEMENTS_PER_PIECE).map((element: unknown) => JSON.stringify(element) ?? 'null')
        yield `${from === 0 ? '' : ','}${piece.join(',')}`
      }
      yield ']'
      continue
    }
    const text = JSON.stringify(field) as string | undefined
    // As JSON.stringify leaves out a field it cannot write.
    if (text === undefined) continue
    first = false
    yield `${head}${text}`
  }
  yield '}'
}

/** The UTF-8 bytes of the pieces, with `between` awaited between pieces (a pause for the event loop). */
export async function bytesInPieces(pieces: Iterable<string>, between: () => Promise<void> = pause): Promise<Buffer> {
  const buffers: Buffer[] = []
  for (const piece of pieces) {
    buffers.push(Buffer.from(piece, 'utf8'))
    await between()
  }
  return Buffer.concat(buffers)
}
