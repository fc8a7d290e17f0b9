// Ends the current task and resumes in a new one, so the window can paint and answer input between
// steps of work that must stay on the UI thread. A message to ourselves rather than setTimeout: timers
// are clamped and, in a hidden window, throttled to one a second.

export function nextTask(signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const resume = (): void => {
      if (signal?.aborted) reject(signal.reason)
      else resolve()
    }
    if (typeof MessageChannel === 'undefined') {
      setTimeout(resume, 0)
      return
    }
    const channel = new MessageChannel()
    channel.port1.onmessage = () => {
      channel.port1.close()
      channel.port2.close()
      resume()
    }
    channel.port2.postMessage(null)
  })
}
