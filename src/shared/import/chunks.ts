// Long texts cut into pieces that can be worked on one at a time, so a 20-million-character import does not
// hold up the process that does it: each piece ends at a boundary no word (or, for paragraphChunks, no
// paragraph and no clean-up block) crosses, and the pieces joined give the text back exactly.

const BLANK_LINE = /\n[^\S\n]*\n/g
const WHITE_SPACE = /\s/g

function cutAt(text: string, size: number, boundary: RegExp): string[] {
  const pieces: string[] = []
  let start = 0
  while (start < text.length) {
    if (text.length - start <= size) {
      pieces.push(text.slice(start))
      break
    }
    boundary.lastIndex = start + size
    const found = boundary.exec(text)
    const end = found ? found.index + found[0].length : text.length
    pieces.push(text.slice(start, end))
    start = end
  }
  return pieces
}

/** Pieces of about `size` characters (longer where no blank line comes sooner), each ending after a blank line. */
export function paragraphChunks(text: string, size: number): string[] {
  return cutAt(text, size, BLANK_LINE)
}

/** Pieces of about `size` characters, each ending after a white-space character. */
export function wordChunks(text: string, size: number): string[] {
  return cutAt(text, size, WHITE_SPACE)
}
