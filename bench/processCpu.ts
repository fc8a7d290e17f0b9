// CPU time of this process and every process it started (Chromium's browser, its renderers and helpers),
// read from /proc: on a machine shared with other work a wall clock measures the others too, while the CPU
// time spent on a step is its own. Processes that ended count once reaped, through their parent's
// children's time. Linux only: elsewhere it answers null and the callers say so.

import { readdirSync, readFileSync } from 'node:fs'

/** Clock ticks per second on Linux (USER_HZ): fixed at 100 by the kernel's user interface. */
const TICKS_PER_SECOND = 100

/** CPU ms used so far by this process and all its descendants (their own and their reaped children's), or null where /proc is missing. */
export function treeCpuMs(): number | null {
  let entries: string[]
  try {
    entries = readdirSync('/proc')
  } catch {
    return null
  }
  const parentOf = new Map<number, number>()
  const ticksOf = new Map<number, number>()
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8')
      // After the command's closing parenthesis: state, ppid, ... utime (12th), stime, cutime, cstime.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      parentOf.set(Number(entry), Number(fields[1]))
      ticksOf.set(Number(entry), Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14]))
    } catch {
      // The process ended while the list was read.
    }
  }
  let ticks = 0
  for (const [pid, used] of ticksOf) {
    if (pid === process.pid) continue
    let ancestor = parentOf.get(pid)
    while (ancestor !== undefined && ancestor > 1 && ancestor !== process.pid) ancestor = parentOf.get(ancestor)
    if (ancestor === process.pid) ticks += used
  }
  const own = process.cpuUsage()
  return (ticks * 1000) / TICKS_PER_SECOND + (own.user + own.system) / 1000
}
