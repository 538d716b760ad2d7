import { setViewport } from '@web/test-runner-commands';

// Chromium's and Firefox's drivers can resize the page; WebKit's cannot, so there an element is given the width a
// 375px page leaves it. An element that lays itself out by its own width alone sees the two as the same.
const resizable = /Chrome|Firefox/.test(navigator.userAgent);
const phone = { width: 375, height: 812 };

/**
 * Registers, in the current `describe`, a phone-width page for its tests; returns `fit(el)`, which gives `el` the
 * width a phone page leaves it where the page itself cannot be resized.
 */
export function onPhoneWidth(): (el: HTMLElement) => void {
  const wide = { width: window.innerWidth, height: window.innerHeight };
  before(async () => {
    if (resizable) await setViewport(phone);
  });
  after(async () => {
    if (resizable) await setViewport(wide);
  });
  return (el) => {
    if (!resizable) el.style.inlineSize = `${phone.width - 2 * parseFloat(getComputedStyle(document.body).marginInlineStart)}px`;
  };
}
