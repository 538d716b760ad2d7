// Reads a Chromium trace and a V8 CPU profile, and says where the main thread's time went: by trace event
// (script, style, layout, paint…) and, for script, by source file of the bundle.
import { readFileSync } from 'node:fs';

// The main-thread work the DevTools Performance panel shows, and the bucket each event belongs to. Other
// events (task plumbing, DevTools' own messages while it records) are left out.
const buckets = {
  script: ['EvaluateScript', 'v8.compile', 'v8.compileModule', 'v8.evaluateModule', 'FunctionCall', 'RunMicrotasks', 'EventDispatch', 'FireAnimationFrame', 'TimerFire', 'V8.GC_SCAVENGER', 'MinorGC', 'MajorGC', 'V8.GCFinalizeMC', 'V8.GCIncrementalMarking'],
  style: ['UpdateLayoutTree', 'ParseAuthorStyleSheet', 'RecalculateStyles'],
  layout: ['Layout', 'UpdateLayerTree', 'HitTest', 'IntersectionObserverController::computeIntersections'],
  paint: ['PrePaint', 'Paint', 'Layerize', 'Commit', 'UpdateLayer', 'PaintImage'],
  html: ['ParseHTML'],
};
const bucketOf = new Map(Object.entries(buckets).flatMap(([bucket, names]) => names.map((name) => [name, bucket])));

/** The trace timestamp (µs) of the first `performance.mark(name)` in a trace, or undefined. */
export function markTime(traceEvents, name) {
  return traceEvents.find((e) => e.name === name && e.cat?.includes('blink.user_timing'))?.ts;
}

/**
 * Main-thread self time per bucket (script, style, layout, paint, html) and per event name, in ms, for the
 * busiest renderer main thread; `total` is the time covered by top-level events. With `until` (a trace
 * timestamp, µs), only events that start before it count.
 */
export function traceSelfTimes(traceEvents, until = Infinity) {
  const mains = traceEvents.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  let best = { total: -1, self: new Map(), byBucket: new Map() };
  for (const main of mains) {
    const events = traceEvents
      .filter((e) => e.ph === 'X' && e.pid === main.pid && e.tid === main.tid && typeof e.dur === 'number' && bucketOf.has(e.name) && e.ts < until)
      .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
    const self = new Map();
    const stack = [];
    let total = 0;
    for (const event of events) {
      while (stack.length && stack.at(-1).end <= event.ts) stack.pop();
      const parent = stack.at(-1);
      if (parent) self.set(parent.name, (self.get(parent.name) ?? 0) - event.dur / 1000);
      else total += event.dur / 1000;
      self.set(event.name, (self.get(event.name) ?? 0) + event.dur / 1000);
      stack.push({ name: event.name, end: event.ts + event.dur });
    }
    if (total > best.total) {
      const byBucket = new Map();
      for (const [name, ms] of self) byBucket.set(bucketOf.get(name), (byBucket.get(bucketOf.get(name)) ?? 0) + ms);
      best = { total, self, byBucket };
    }
  }
  return best;
}

/** Maps a line of the readable bundle to the source file esbuild noted above it (`// src/i18n/i18n.ts`). */
export function sourceMapper(bundleFile) {
  const markers = [];
  readFileSync(bundleFile, 'utf8')
    .split('\n')
    .forEach((line, index) => {
      const match = /^\/\/ ((?:node_modules|src|components|locales)\/\S+)$/.exec(line);
      if (match) markers.push([index, match[1]]);
    });
  return (lineNumber) => {
    let found = '(bundle)';
    for (const [index, path] of markers) {
      if (index > lineNumber) break;
      found = path;
    }
    return found;
  };
}

// node_modules/lit-html/lit-html.js → lit-html; src/i18n/i18n.ts stays as it is.
const groupOf = (path) => (path.startsWith('node_modules/') ? path.split('/')[1] : path);

/**
 * Self time per source (file of our bundle, else script name, else V8's own bucket) and per function, in
 * ms. `mapperFor(url)` gives the line mapper of a built file (`sourceMapper`), or nothing for other scripts.
 * Time in built-ins (Intl, DOM calls) is charged to the nearest caller that has a script, marked "via". With
 * `until` (µs, the clock trace events use), only samples taken before it count.
 */
export function profileSelfTimes(profile, mapperFor, until = Infinity) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const sourceOf = (callFrame) => {
    const url = callFrame.url ?? '';
    const mapLine = mapperFor(url);
    return mapLine ? groupOf(mapLine(callFrame.lineNumber)) : url.split('/').pop();
  };
  const bySource = new Map();
  const byFunction = new Map();
  const add = (map, key, ms) => map.set(key, (map.get(key) ?? 0) + ms);
  const topLevel = new Map();
  let at = profile.startTime;
  profile.samples.forEach((id, i) => {
    at += profile.timeDeltas[i] ?? 0;
    if (at >= until) return;
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    let node = byId.get(id);
    if (node.callFrame.functionName.startsWith('(')) return add(bySource, node.callFrame.functionName, ms);
    let via = '';
    while (!node.callFrame.url && parent.has(node.id)) {
      via ||= node.callFrame.functionName || '(native)';
      node = byId.get(parent.get(node.id));
    }
    // A module's own top-level code is one function for the whole file: its time is shared out below by line.
    if (!via && isTopLevel(node.callFrame) && node.positionTicks?.length && mapperFor(node.callFrame.url)) {
      topLevel.set(node, (topLevel.get(node) ?? 0) + ms);
      return;
    }
    const source = node.callFrame.url ? sourceOf(node.callFrame) : '(native)';
    add(bySource, via ? `${source} via built-ins` : source, ms);
    add(byFunction, `${node.callFrame.functionName || '(anonymous)'} in ${source}${via ? ` → ${via}` : ''}`, ms);
  });
  // Each line's share of the node's ticks, charged to the source file that line came from. V8 gives the ticks per line
  // for the whole profile, not per sample, so with `until` the time before it is shared out in those proportions.
  for (const [node, ms] of topLevel) {
    const mapLine = mapperFor(node.callFrame.url);
    const ticks = node.positionTicks.reduce((sum, p) => sum + p.ticks, 0);
    for (const { line, ticks: lineTicks } of node.positionTicks) {
      const source = groupOf(mapLine(line - 1));
      add(bySource, source, (ms * lineTicks) / ticks);
      add(byFunction, `(module top level) in ${source}`, (ms * lineTicks) / ticks);
    }
  }
  return { bySource, byFunction };
}

// V8 names a module's top-level code as an anonymous function at the very start of the file.
const isTopLevel = (callFrame) => callFrame.functionName === '' && callFrame.lineNumber === 0 && callFrame.columnNumber === 0;

/** The biggest entries of a name → ms map, as lines. */
export function top(map, count, total) {
  return [...map.entries()]
    .filter(([, ms]) => ms > 0.05)
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([name, ms]) => `  ${ms.toFixed(1).padStart(8)} ms${total ? `  ${((100 * ms) / total).toFixed(0).padStart(3)}%` : ''}  ${name}`);
}
