// The in-page half of the benchmark, shared by every bench page. Each page sets `window.benchAdapter`
// (how to mount its widget, read the stage heading and press Continue or Back); this file times it.
//
// First stage painted: from navigation start (performance.now() is 0 there) until the widget says it is
// ready, its heading and first-stage body are in the DOM, and two animation frames have passed: the
// first rAF runs before the frame holding the stage is drawn, the second only after it has been. The
// Paint Timing API's first-contentful-paint is read as well: it is stamped when that frame is presented.
//
// Stage change: Continue or Back is clicked at the start of a frame, inside a rAF callback, so no time is
// spent waiting for the display. `work` stops in a task posted from that callback, which runs only after
// the frame's rendering (style, layout, paint) is done: the main-thread cost of getting the new stage on
// screen. `frames` stops at the next rAF: the same change seen as whole 60 Hz frames (double rAF).
(() => {
  const params = new URLSearchParams(location.search);
  const count = Math.max(0, Math.min(50, Number(params.get('n') ?? 1)));
  const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
  // A task after the current one: after the frame's rendering when posted from a rAF callback.
  const afterTask = (fn) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => fn();
    channel.port2.postMessage(null);
  };
  const root = () => document.getElementById('mount');

  // Waits, task by task, until `test` holds; bounded so a broken page fails instead of hanging.
  const until = (test) =>
    new Promise((resolve, reject) => {
      let polls = 0;
      const check = () => {
        if (test()) resolve(polls);
        else if (++polls > 5000) reject(new Error('the first stage never appeared'));
        else afterTask(check);
      };
      check();
    });

  const ready = new Promise((resolve, reject) => {
    document.addEventListener('DOMContentLoaded', async () => {
      try {
        const adapter = window.benchAdapter;
        if (adapter && count > 0) {
          await adapter.mount(root(), count);
          const polls = await until(() => adapter.heading(root()) !== '' && adapter.firstStageShown(root()));
          await frame();
          await frame();
          // For bench/profile.mjs, which counts the work up to this moment apart from what runs after it.
          performance.mark('bench-first-stage-painted');
          resolve({ firstStage: performance.now(), polls, instances: adapter.count(root()) });
        } else {
          await frame();
          await frame();
          resolve({ firstStage: performance.now(), polls: 0, instances: 0 });
        }
      } catch (error) {
        reject(error);
      }
    });
  });

  // One stage change, clicked at the start of a frame; resolves once the new heading is on screen.
  const change = (adapter, forward) =>
    new Promise((resolve, reject) => {
      const before = adapter.heading(root());
      requestAnimationFrame(() => {
        const start = performance.now();
        try {
          if (forward) adapter.next(root());
          else adapter.back(root());
        } catch (error) {
          reject(error);
          return;
        }
        let frames = 0;
        const check = () => {
          const heading = adapter.heading(root());
          if (heading && heading !== before) {
            const work = performance.now() - start;
            requestAnimationFrame(() => resolve({ work, frames: performance.now() - start, from: before, to: heading }));
          } else if (++frames > 120) {
            reject(new Error(`no stage change from "${before}"`));
          } else {
            requestAnimationFrame(() => afterTask(check));
          }
        };
        afterTask(check);
      });
    });

  // Where the walk is: kept between calls, so a walk can be taken in several steps.
  let position = 0;
  let direction = 1;

  window.bench = {
    ready,
    /** First contentful paint from the Paint Timing API, in ms from navigation start. */
    fcp: () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
    /** The first instance's stage heading, for the runner's checks. */
    heading: () => window.benchAdapter.heading(root()),
    /** Unmeasured: choose the two topics the walk explores, then go back to the first screen. */
    async setUp() {
      await window.benchAdapter.setUp(root());
      position = 0;
      direction = 1;
    },
    /**
     * Walks `changes` stage changes: forward through every screen, back to the first, and so on, carrying
     * on from where the last walk stopped. Resolves to one sample per change.
     */
    async walk(changes) {
      const adapter = window.benchAdapter;
      const samples = [];
      for (let i = 0; i < Math.min(changes, 1000); i++) {
        if (position + direction < 0 || position + direction >= adapter.screens) direction = -direction;
        // A quiet frame between changes, so one change's leftovers are not charged to the next.
        await frame();
        samples.push(await change(adapter, direction > 0));
        position += direction;
      }
      return samples;
    },
  };
})();
