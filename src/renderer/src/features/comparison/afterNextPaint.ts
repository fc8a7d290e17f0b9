// Work that should not hold up the frame about to be drawn: it runs in the task after that frame is
// painted (after a tick where frames are not drawn, as in component tests).

/** Calls `then` in the task after the next frame is painted; returns the cancel. */
export function afterNextPaint(then: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined
  if (typeof requestAnimationFrame !== 'function') {
    timer = setTimeout(then, 0)
    return () => clearTimeout(timer)
  }
  const frame = requestAnimationFrame(() => (timer = setTimeout(then, 0)))
  return () => {
    cancelAnimationFrame(frame)
    clearTimeout(timer)
  }
}
