/**
 * Which functions ran in each long main-thread task of a Lighthouse trace: where a page's blocking time goes.
 *
 * Lighthouse records its trace with invalidation tracking and a stack for every timeline event a
 * script causes, so work that is cheap in a normal page load (a timer, a style write, a forced
 * layout) can be a long task in the trace. Profiling without that trace misses it; this reads the
 * V8 samples recorded into the same trace (`disabled-by-default-v8.cpu_profiler`, added by
 * `lighthouse-diagnose.ts --profile`) and counts them per task.
 */

export const PROFILER_TRACE_CATEGORY = 'disabled-by-default-v8.cpu_profiler';

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  id?: string;
  args?: {
    name?: string;
    data?: {
      startTime?: number;
      cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] };
      timeDeltas?: number[];
    };
  };
}

interface ProfileNode {
  id: number;
  parent?: number;
  callFrame: { functionName: string; url?: string; lineNumber?: number };
}

export interface TaskProfile {
  /** Start, in ms after the main frame's navigation. */
  startMs: number;
  durationMs: number;
  samples: number;
  /** Functions by samples that had them on the stack ("inclusive"), most first. */
  inclusive: Array<[string, number]>;
  /** Innermost function with its two callers, by samples, most first. */
  self: Array<[string, number]>;
}

/** The long tasks (≥ `minMs`, observed, before Lantern's slowdown) of the renderer's main thread, with their samples. */
export function profileLongTasks(events: TraceEvent[], minMs: number): TaskProfile[] {
  const counts = new Map<string, number>();
  for (const event of events) {
    if (event.name === 'thread_name' && event.args?.name === 'CrRendererMain') counts.set(`${event.pid}:${event.tid}`, 0);
  }
  for (const event of events) {
    const key = `${event.pid}:${event.tid}`;
    const count = counts.get(key);
    if (count !== undefined) counts.set(key, count + 1);
  }
  const main = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
  if (!main) return [];
  const onMain = (event: TraceEvent) => `${event.pid}:${event.tid}` === main;
  const navigation = events.find((event) => event.name === 'navigationStart' && onMain(event))?.ts ?? 0;
  const profile = events.find((event) => event.name === 'Profile' && onMain(event));

  // The profile's chunks are written from the sampler's own thread, under the profile's id.
  const nodes = new Map<number, ProfileNode>();
  const samples: Array<{ node: number; ts: number }> = [];
  let time = profile?.args?.data?.startTime ?? 0;
  for (const event of events) {
    if (!profile || event.name !== 'ProfileChunk' || event.pid !== profile.pid || event.id !== profile.id) continue;
    const data = event.args?.data;
    for (const node of data?.cpuProfile?.nodes ?? []) nodes.set(node.id, node);
    const deltas = data?.timeDeltas ?? [];
    (data?.cpuProfile?.samples ?? []).forEach((node, index) => {
      time += deltas[index] ?? 0;
      samples.push({ node, ts: time });
    });
  }
  const label = (id: number | undefined) => {
    const frame = id === undefined ? undefined : nodes.get(id)?.callFrame;
    return frame ? `${frame.functionName || '(anonymous)'} ${(frame.url ?? '').split('/').pop() ?? ''}:${(frame.lineNumber ?? -1) + 1}` : '';
  };

  const tasks = events.filter((event) => onMain(event) && event.ph === 'X' && event.name === 'RunTask' && (event.dur ?? 0) >= minMs * 1000);
  return tasks.map((task) => {
    const end = task.ts + (task.dur ?? 0);
    const inclusive = new Map<string, number>();
    const self = new Map<string, number>();
    let count = 0;
    for (const sample of samples) {
      if (sample.ts < task.ts || sample.ts > end) continue;
      count++;
      const seen = new Set<string>();
      for (let id: number | undefined = sample.node; id !== undefined; id = nodes.get(id)?.parent) {
        const name = label(id);
        if (seen.has(name)) continue;
        seen.add(name);
        inclusive.set(name, (inclusive.get(name) ?? 0) + 1);
      }
      const parent = nodes.get(sample.node)?.parent;
      const caller = parent === undefined ? undefined : nodes.get(parent)?.parent;
      const stack = [label(sample.node), label(parent), label(caller)].filter(Boolean).join(' ← ');
      self.set(stack, (self.get(stack) ?? 0) + 1);
    }
    const byCount = (map: Map<string, number>) => [...map].sort((a, b) => b[1] - a[1]);
    return {
      startMs: (task.ts - navigation) / 1000,
      durationMs: (task.dur ?? 0) / 1000,
      samples: count,
      inclusive: byCount(inclusive).filter(([name]) => !/^\((root|program|idle)\)/.test(name)),
      self: byCount(self),
    };
  });
}
