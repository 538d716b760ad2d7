// Turns the raw samples into the figures, the table and the docs section. Lower is better on every row.

/** The value at quantile `q` (0–1) of `values`, by nearest rank; undefined for no values. */
export function quantile(values, q) {
  if (!values.length) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

const median = (values) => quantile(values, 0.5);
const p95 = (values) => quantile(values, 0.95);
const kib = (bytes) => bytes / 1024;
const mib = (bytes) => bytes / 1024 / 1024;

/**
 * The figures of one page from its loads. `loads` are single-instance loads (with the walk); `many` are
 * loads with `instances` instances; `empty` are loads of the empty page, made in the same runs as `many`.
 */
export function figures({ bytes, firstJs, loads, many, slow = [], empty, instances }) {
  const changes = loads.flatMap((load) => load.samples);
  const heap = (list) => median(list.flatMap((load) => load.heap?.used ?? []));
  // Medians of each kind of load: the heap after a forced collection hardly varies from run to run.
  const heapMany = heap(many) - heap(empty);
  const perInstance = (heap(many) - heap(loads)) / (instances - 1);
  return {
    firstJsKiB: kib(firstJs ?? bytes.js),
    jsKiB: kib(bytes.js),
    cssKiB: kib(bytes.css),
    firstStageMedian: median(loads.map((l) => l.firstStage)),
    firstStageP95: p95(loads.map((l) => l.firstStage)),
    fcpMedian: median(loads.map((l) => l.fcp).filter((v) => v !== null)),
    slowFirstStageMedian: median(slow.map((l) => l.firstStage)),
    changeWorkMedian: median(changes.map((s) => s.work)),
    changeWorkP95: p95(changes.map((s) => s.work)),
    changeFramesMedian: median(changes.map((s) => s.frames)),
    changeFramesP95: p95(changes.map((s) => s.frames)),
    manyPaintedMedian: median(many.map((l) => l.firstStage)),
    heapManyMiB: mib(heapMany),
    heapPerInstanceKiB: kib(perInstance),
    domNodesMany: median(many.map((l) => l.heap.nodes)),
    changes: changes.length,
    loads: loads.length,
    manyLoads: many.length,
  };
}

/** The rows of the table: key in `figures`, label, unit and decimals. */
export function rows(instances) {
  return [
    ['firstJsKiB', 'JavaScript fetched by the first stage painted, gzipped', 'KiB', 1],
    ['jsKiB', 'JavaScript fetched by the end of the walk, gzipped', 'KiB', 1],
    ['cssKiB', 'CSS, gzipped (ours: inside the JS)', 'KiB', 1],
    ['firstStageMedian', 'First stage painted, median', 'ms', 0],
    ['firstStageP95', 'First stage painted, 95th percentile', 'ms', 0],
    ['fcpMedian', 'First contentful paint, median', 'ms', 0],
    ['slowFirstStageMedian', 'First stage painted on a slow connection (1.6 Mbit/s, 150 ms), median', 'ms', 0],
    ['changeWorkMedian', 'Stage change, click to frame ready, median', 'ms', 1],
    ['changeWorkP95', 'Stage change, click to frame ready, 95th percentile', 'ms', 1],
    ['changeFramesMedian', 'Stage change, double rAF, median', 'ms', 1],
    ['changeFramesP95', 'Stage change, double rAF, 95th percentile', 'ms', 1],
    ['manyPaintedMedian', `${instances} instances: first stage painted, median`, 'ms', 0],
    ['heapManyMiB', `JS heap with ${instances} instances, minus empty page`, 'MiB', 2],
    ['heapPerInstanceKiB', 'JS heap per further instance', 'KiB', 0],
    ['domNodesMany', `DOM nodes with ${instances} instances`, '', 0],
  ];
}

const ratio = (a, b) => (b > 0 && a !== undefined ? a / b : undefined);
const fixed = (value, digits) => (value === undefined || Number.isNaN(value) ? '–' : value.toFixed(digits));

/** Table cells: metric, ours, SurveyJS, floor, ours ÷ SurveyJS, ours ÷ floor. */
export function tableCells(result) {
  const { ours, surveyjs, floor } = result.pages;
  return rows(result.options.instances).map(([key, label, unit, digits]) => [
    unit ? `${label} (${unit})` : label,
    fixed(ours[key], digits),
    fixed(surveyjs[key], digits),
    fixed(floor[key], digits),
    fixed(ratio(ours[key], surveyjs[key]), 2),
    fixed(ratio(ours[key], floor[key]), 2),
  ]);
}

const header = ['metric', 'ours', 'SurveyJS', 'floor', 'ours ÷ SurveyJS', 'ours ÷ floor'];

/** The table as aligned plain text, for the terminal. */
export function textTable(result) {
  const all = [header, ...tableCells(result)];
  const widths = header.map((_, i) => Math.max(...all.map((row) => row[i].length)));
  const line = (row) => row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ');
  return [line(all[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...all.slice(1).map(line)].join('\n');
}

/** The table as Markdown, for docs/performance.md. */
export function markdownTable(result) {
  const line = (row) => `| ${row.join(' | ')} |`;
  return [line(header), line(header.map((_, i) => (i === 0 ? '---' : '---:'))), ...tableCells(result).map(line)].join('\n');
}

/** One line saying where and when the figures were taken. */
export function machineLine({ machine, date, options }) {
  return (
    `${date.slice(0, 10)}, ${machine.cpu} (${machine.cores} cores), ${machine.memoryGiB} GiB, ${machine.os}, ` +
    `Node ${machine.node}, ${machine.chromium} headless; ${options.runs} runs of each page interleaved, ` +
    `${options.walk} stage changes per run, ${options.instances} instances in ${options.many} of the runs; load average ${machine.loadAverage.start.toFixed(2)} at the start, ` +
    `${machine.loadAverage.end.toFixed(2)} at the end.`
  );
}

/** One line about the empty page: the floor under every page's timing and the heap taken off. */
export function baselineLine({ empty }) {
  return `Empty page (the harness alone): first frame painted at ${empty.firstFrameMedian.toFixed(0)} ms, JS heap ${empty.heapMiB.toFixed(2)} MiB.`;
}

/**
 * Each step of the walk across all loads: where it went, forwards (a first visit) or back, and its
 * median and 95th percentile of click to frame ready. `changes` holds one list of samples per load.
 */
export function steps(changes) {
  return changes[0].map((sample, i) => {
    const work = changes.map((load) => load[i].work);
    return { step: i + 1, to: sample.to, first: changes[0].slice(0, i).every((s) => s.to !== sample.to), median: median(work), p95: p95(work) };
  });
}

/**
 * Lines naming the steps where our median or 95th percentile is slower than SurveyJS's (the goal is that none
 * is, first visits included), or one line saying there are none.
 */
export function slowerSteps(result) {
  const ours = result.steps.ours;
  const theirs = result.steps.surveyjs;
  const slower = ours.filter((step, i) => theirs[i] && (step.median > theirs[i].median || step.p95 > theirs[i].p95));
  if (!slower.length) return ['No stage change is slower than SurveyJS at the median or the 95th percentile.'];
  const ms = (value) => `${value.toFixed(1)} ms`;
  return [
    'Stage changes slower than SurveyJS at the median or the 95th percentile (run `node bench/profile.mjs` to see where the time goes):',
    ...slower.map((s) => {
      const t = theirs[s.step - 1];
      return `  step ${s.step}, ${s.first ? 'first visit to' : 'back to'} "${s.to}": median ${ms(s.median)} (SurveyJS ${ms(t.median)}), 95th percentile ${ms(s.p95)} (SurveyJS ${ms(t.p95)})`;
    }),
  ];
}
