// Every distinct normalised word form gets a small integer id, shared across all documents. The tokenizer
// hands a form over as character codes in a reusable buffer, so the common word costs a hash and a compare,
// not a new string; a string is made once per distinct form.

export class Vocabulary {
  readonly forms: string[] = []
  private hashes = new Int32Array(1024)
  private slots = new Int32Array(1024).fill(-1)
  private scratch = new Uint16Array(64)

  /** A buffer the tokenizer writes a form's character codes into, long enough for any word of `n` units. */
  buffer(n: number): Uint16Array {
    if (this.scratch.length < n) this.scratch = new Uint16Array(n)
    return this.scratch
  }

  /** The id of the form whose character codes are codes[0, length). */
  idOfCodes(codes: Uint16Array, length: number): number {
    let hash = 0x811c9dc5
    for (let i = 0; i < length; i++) hash = Math.imul(hash ^ (codes[i] as number), 0x01000193)
    const mask = this.slots.length - 1
    for (let slot = Math.imul(hash, 0x9e3779b1) & mask; ; slot = (slot + 1) & mask) {
      const id = this.slots[slot] as number
      if (id < 0) return this.add(stringOf(codes, length), hash, slot)
      if (this.hashes[slot] === hash && equals(this.forms[id] as string, codes, length)) return id
    }
  }

  /** The id of a form given as a string. */
  idOf(form: string): number {
    const codes = this.buffer(form.length)
    for (let i = 0; i < form.length; i++) codes[i] = form.charCodeAt(i)
    return this.idOfCodes(codes, form.length)
  }

  private add(form: string, hash: number, slot: number): number {
    const id = this.forms.length
    this.forms.push(form)
    this.slots[slot] = id
    this.hashes[slot] = hash
    // Kept at most half full, so probes stay short.
    if (this.forms.length * 2 > this.slots.length) this.grow()
    return id
  }

  private grow(): void {
    const oldSlots = this.slots
    const oldHashes = this.hashes
    this.slots = new Int32Array(oldSlots.length * 2).fill(-1)
    this.hashes = new Int32Array(oldSlots.length * 2)
    const mask = this.slots.length - 1
    for (let s = 0; s < oldSlots.length; s++) {
      const id = oldSlots[s] as number
      if (id < 0) continue
      const hash = oldHashes[s] as number
      let slot = Math.imul(hash, 0x9e3779b1) & mask
      while ((this.slots[slot] as number) >= 0) slot = (slot + 1) & mask
      this.slots[slot] = id
      this.hashes[slot] = hash
    }
  }
}

function equals(form: string, codes: Uint16Array, length: number): boolean {
  if (form.length !== length) return false
  for (let i = 0; i < length; i++) if (form.charCodeAt(i) !== codes[i]) return false
  return true
}

/** The string of codes[0, length), in chunks (a very long word must not overflow the call stack). */
function stringOf(codes: Uint16Array, length: number): string {
  let out = ''
  for (let i = 0; i < length; i += 4096) out += String.fromCharCode(...codes.subarray(i, Math.min(length, i + 4096)))
  return out
}
