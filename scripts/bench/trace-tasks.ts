/**
 * The longest main-thread task of a page in CPU time, from a Chrome trace (`toplevel` category). The
 * Long Tasks API measures wall time; on the shared 2-core bench machine a renderer thread gets a
 * fraction of a core (traced: an 80 ms busy loop ran 10 ms on the CPU at load 10), so a task's wall
 * time is mostly the machine's. CPU time is what the panel's own code costs.
 */

interface TraceEvent {
  ph?: string;
  name?: string;
  pid?: number;
  tid?: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string };
}

export interface TaskFigures {
  /** Longest task on the busiest renderer main thread, CPU (thread) time, ms. */
  longestCpuMs: number;
  /** That task's wall time, ms. */
  wallMs: number;
  /** Tasks whose CPU time passed 100 ms. */
  cpuOver100: number;
  /** CPU time of all of that thread's tasks, ms. */
  totalCpuMs: number;
}

export function longestTask(trace: Uint8Array): TaskFigures {
  const parsed = JSON.parse(Buffer.from(trace).toString('utf8')) as
    | { traceEvents?: TraceEvent[] }
    | TraceEvent[];
  const events = Array.isArray(parsed) ? parsed : (parsed.traceEvents ?? []);
  const mains = new Set<string>();
  for (const e of events) {
    if (e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      mains.add(`${e.pid}/${e.tid}`);
  }
  // Every renderer of the browser is in the trace: the panel's is the one that worked the most.
  const byThread = new Map<string, TraceEvent[]>();
  for (const e of events) {
    const key = `${e.pid}/${e.tid}`;
    if (e.ph !== 'X' || e.name !== 'ThreadControllerImpl::RunTask' || !mains.has(key)) continue;
    const list = byThread.get(key) ?? [];
    list.push(e);
    byThread.set(key, list);
  }
  let busiest: TraceEvent[] = [];
  let most = -1;
  for (const list of byThread.values()) {
    const cpu = list.reduce((n, e) => n + (e.tdur ?? 0), 0);
    if (cpu > most) {
      most = cpu;
      busiest = list;
    }
  }
  let longest: TraceEvent | null = null;
  for (const e of busiest) if (longest === null || (e.tdur ?? 0) > (longest.tdur ?? 0)) longest = e;
  return {
    longestCpuMs: Math.round((longest?.tdur ?? 0) / 1000),
    wallMs: Math.round((longest?.dur ?? 0) / 1000),
    cpuOver100: busiest.filter((e) => (e.tdur ?? 0) > 100_000).length,
    totalCpuMs: Math.round(Math.max(0, most) / 1000),
  };
}
