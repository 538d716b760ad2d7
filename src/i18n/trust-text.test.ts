import { expect } from '@open-wc/testing';
import { defaultTrustConfig, type TrustConfig } from '../content/trust-config.js';
import { createI18n } from './i18n.js';
import { sourceResources } from './resources.js';
import { applyTrustText } from './trust-text.js';

const topicText = { name: 'Parking', prompt: '$t(trust:parking.gentler)', gentler: '$t(trust:parking.prompt)', followUps: [], listenFor: [], avoid: [] };

function configWith(overrides: TrustConfig['overrides']): TrustConfig {
  return { ...defaultTrustConfig(), extraTopics: [{ id: 'parking', services: [], text: { 'en-GB': topicText } }], overrides };
}

describe('applyTrustText', () => {
  it("adds a trust's own topics and wording to one instance only", async () => {
    const [changed, untouched] = await Promise.all([createI18n('en-GB'), createI18n('en-GB')]);
    applyTrustText(changed, configWith({ 'en-GB': { 'common:nav.next': 'Next' } }));
    expect(changed.t('trust:parking.name')).to.equal('Parking');
    expect(changed.t('common:nav.next')).to.equal('Next');
    expect(untouched.t('common:nav.next')).to.equal('Continue');
    // The shared en-GB text, which the settings editor reads as the guide's own words, is never written to.
    expect(sourceResources.common.nav.next).to.equal('Continue');
    const later = await createI18n('en-GB');
    expect(later.t('common:nav.next')).to.equal('Continue');
  });

  it('shows $t(…) in a trust\'s words as typed, even where two texts name each other', async () => {
    const i18n = await createI18n('en-GB');
    applyTrustText(i18n, configWith({ 'en-GB': { 'common:nav.next': '$t(common:nav.back) $t(safety:heading)', 'common:nav.back': '$t(common:nav.next)' } }));
    // Nested text would recurse until the stack overflowed, and the element would render nothing.
    expect(i18n.t('trust:parking.prompt')).to.equal('$t(trust:parking.gentler)');
    expect(i18n.t('common:nav.next')).to.equal('$t(common:nav.back) $t(safety:heading)');
    expect(i18n.t('common:nav.back')).to.equal('$t(common:nav.next)');
  });

  it('still fills in the placeholders of a wording change, and never the ones inside a value', async () => {
    const i18n = await createI18n('en-GB');
    applyTrustText(i18n, configWith({ 'en-GB': { 'common:progress': 'Part {{current}} of {{total}}' } }));
    expect(i18n.t('common:progress', { current: 2, total: 9 })).to.equal('Part 2 of 9');
    expect(i18n.t('common:progress', { current: '{{total}} $t(safety:heading)', total: 9 })).to.equal('Part {{total}} $t(safety:heading) of 9');
  });
});
