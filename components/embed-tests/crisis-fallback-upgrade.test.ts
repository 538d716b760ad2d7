import { expect, waitUntil } from '@open-wc/testing';
import { defineAllElements } from '../../src/define-all.js';
import { getFallbackBlock, hostWithFallback, isShown } from './fallback-helpers.js';

describe('crisis fallback once the script loads', () => {
  it('is hidden when the element upgrades, because the element draws its own content with no slot for it', async () => {
    const el = hostWithFallback(await getFallbackBlock('en-GB'));
    const block = el.querySelector('.wcg-crisis-fallback')!;
    expect(isShown(block), 'the fallback should show before the script runs').to.equal(true);
    defineAllElements();
    await waitUntil(() => el.shadowRoot?.querySelector('[part="safety-toggle"], button'), 'the guide never drew itself', { timeout: 5000 });
    expect(el.shadowRoot!.querySelector('slot')).to.equal(null);
    expect(isShown(block), 'the fallback still shows beside the guide').to.equal(false);
    el.remove();
  });
});
