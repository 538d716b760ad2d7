import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { LitElement } from 'lit';
import { DraftKeeper } from './draft-keeper.js';

class KeeperHost extends LitElement {}
customElements.define('draft-keeper-host', KeeperHost);

const hooks = { current: () => undefined, restore: () => undefined, startAfresh: () => undefined };
const hostDrafts = { mode: 'host', draftId: 'appraisal-7', expiryHours: 8 } as const;

describe('DraftKeeper', () => {
  it('fetches nothing while no drafts are asked for', async () => {
    const host = await fixture<KeeperHost>(html`<draft-keeper-host></draft-keeper-host>`);
    let fetches = 0;
    const keeper = new DraftKeeper(host, hooks, () => {
      fetches++;
      return import('../../src/elements/drafts.js');
    });
    await keeper.start({ ...hostDrafts, mode: 'none' });
    keeper.changed();
    await keeper.wipe();
    expect(fetches).to.equal(0);
    expect(keeper.view.mode).to.equal('none');
    expect(keeper.view.fault).to.equal(null);
  });

  it('carries on in memory and says so when the drafts file cannot be fetched, and fetches it again on the next start', async () => {
    const host = await fixture<KeeperHost>(html`<draft-keeper-host></draft-keeper-host>`);
    let fetches = 0;
    const keeper = new DraftKeeper(host, hooks, () => (++fetches === 1 ? Promise.reject(new TypeError('Failed to fetch')) : import('../../src/elements/drafts.js')));
    await keeper.start(hostDrafts);
    expect(keeper.view.fault).to.equal('unavailable');
    const refused = oneEvent(host, 'wcg-error');
    expect(keeper.restore({})).to.equal(false);
    const [error] = (await refused).detail.errors;
    expect(error.path).to.equal('persist');
    expect(error.message).to.contain('could not be downloaded');
    expect(keeper.view.errors.map((e) => e.path)).to.deep.equal(['persist']);

    await keeper.start(hostDrafts);
    expect(fetches).to.equal(2);
    expect(keeper.view.fault).to.equal(null);
    expect(keeper.view.mode).to.equal('host');
  });

  it('lets a start still waiting for the file give way to the next one', async () => {
    const host = await fixture<KeeperHost>(html`<draft-keeper-host></draft-keeper-host>`);
    let release: () => void = () => undefined;
    const keeper = new DraftKeeper(host, hooks, () => new Promise((resolve) => {
      release = () => resolve(import('../../src/elements/drafts.js'));
    }));
    const first = keeper.start(hostDrafts);
    const second = keeper.start({ ...hostDrafts, mode: 'none' });
    release();
    await Promise.all([first, second]);
    expect(keeper.view.mode).to.equal('none');
  });
});
