import type { CDPSession } from 'playwright-core';

/** One event of a Chromium performance trace (the Trace Event Format). */
export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  /** Microseconds, the trace's own clock. */
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { url?: string; functionName?: string; frame?: string; stackTrace?: unknown } };
}

const CATEGORIES = ['devtools.timeline', 'v8.execute', 'disabled-by-default-devtools.timeline', 'blink.user_timing', 'loading', 'v8'].join(',');

/** Starts a Chromium performance trace on `cdp`'s page (what DevTools' Performance panel records). */
export async function startChromeTrace(cdp: CDPSession): Promise<() => Promise<TraceEvent[]>> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReportEvents' });
  return async () => {
    const done = new Promise<void>((r) => cdp.once('Tracing.tracingComplete', () => r()));
    await cdp.send('Tracing.end');
    await done;
    return events;
  };
}

/**
 * The renderer main thread's work, from navigation: each task of `minMs` or more with when it
 * started (ms after `navigationStart`), how long it ran and what took most of it (script
 * evaluation and compilation by file, function calls, parsing, style and layout), and the main
 * thread's busy time by kind. Enough to tell a critical path that waits for the network from one
 * that waits for the CPU.
 */
export function summariseTrace(events: TraceEvent[], minMs = 30): string {
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const nav = events.filter((e) => e.name === 'navigationStart').at(-1);
  if (!main || !nav) return '  (no renderer main thread or navigation in the trace)';
  const onMain = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.ts >= nav.ts);
  const ms = (us: number) => Math.round(us / 1000);
  const file = (e: TraceEvent) => (e.args?.data?.url ?? '').split('/').pop() || e.args?.data?.functionName || '';
  const kind = (e: TraceEvent) => (file(e) ? `${e.name} ${file(e)}` : e.name);
  const tasks = onMain.filter((e) => e.name === 'RunTask' && (e.dur ?? 0) >= minMs * 1000);
  const lines = tasks.map((task) => {
    const inside = onMain.filter((e) => e !== task && e.ts >= task.ts && e.ts + (e.dur ?? 0) <= task.ts + task.dur! && e.name !== 'RunTask');
    const byKind = new Map<string, number>();
    for (const e of inside) if (/EvaluateScript|v8.compile|v8.compileModule|v8.evaluateModule|FunctionCall|ParseHTML|UpdateLayoutTree|Layout|Paint|TimerFire|FireAnimationFrame|EventDispatch|v8.parseOnBackground|CompileScript|V8.GCScavenger|MajorGC|MinorGC/.test(e.name)) byKind.set(kind(e), (byKind.get(kind(e)) ?? 0) + (e.dur ?? 0));
    const top = [...byKind].sort((a, b) => b[1] - a[1]).slice(0, 4).map(([k, v]) => `${k} ${ms(v)}`).join('; ');
    return `  ${String(ms(task.ts - nav.ts)).padStart(5)} +${String(ms(task.dur!)).padStart(4)} ms  ${top}`;
  });
  const busy = onMain.filter((e) => e.name === 'RunTask').reduce((n, e) => n + (e.dur ?? 0), 0);
  return `  main thread busy ${ms(busy)} ms in tasks; tasks of ${minMs} ms or more:\n${lines.join('\n')}`;
}
