// What a batch run says about its progress on stderr: clusters done of all, the rate so far, and the time
// left at that rate. A pure function of the counts and the time, so it reads the same in a test.

function duration(seconds: number): string {
  if (seconds < 60) return `${Math.max(1, Math.round(seconds))} s`
  const minutes = Math.round(seconds / 60)
  if (minutes < 60) return `${minutes} min`
  return `${Math.floor(minutes / 60)} h ${minutes % 60} min`
}

/** "120/794 clusters, 3.2 a second, about 4 min left" (or "…, done in 4 min" at the end). */
export function progressLine(done: number, total: number, elapsedMs: number): string {
  const seconds = elapsedMs / 1000
  const rate = seconds > 0 ? done / seconds : 0
  const rateText = rate >= 10 ? rate.toFixed(0) : rate.toFixed(1)
  const head = `${done}/${total} clusters, ${rateText} a second`
  if (done >= total) return `${head}, done in ${duration(seconds)}`
  if (done === 0 || rate === 0) return head
  return `${head}, about ${duration((total - done) / rate)} left`
}

/** Whether a completion is worth a line where stderr is not a terminal: every tenth of the run, and the last. */
export function isMilestone(done: number, total: number): boolean {
  if (done >= total) return true
  const step = Math.max(1, Math.ceil(total / 10))
  return done % step === 0
}
