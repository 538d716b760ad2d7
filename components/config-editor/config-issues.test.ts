import { expect } from '@open-wc/testing';
import { parseTrustConfig } from '../../src/content/parse-trust-config.js';
import { IssueIndex, fieldId, fieldIdForIssue, otherProblemsId } from './config-issues.js';

const issues = (input: unknown) => new IssueIndex(parseTrustConfig(input));
const format = (field: string, message: string) => `${field} — ${message}`;

describe('IssueIndex', () => {
  it('maps an issue path to the id of its field, whatever the language code spelling', () => {
    expect(fieldIdForIssue('services[3].phone')).to.equal('cfg-services-3-phone');
    expect(fieldIdForIssue('organisation["en-gb"]')).to.equal(fieldId(['organisation', 'en-GB']));
    expect(fieldIdForIssue('overrides.cy["common:title"]')).to.equal('cfg-overrides-cy-common_3a_title');
    // Distinct paths never share an id.
    expect(fieldId(['a-b'])).to.not.equal(fieldId(['a', 'b']));
  });

  it('gives each field the issues at its path, once, and lists them in the order they were claimed', () => {
    const index = issues({ organisation: '', services: [{ id: 'eap', category: 'crisis', name: 'EAP', phone: 'call us', url: 'ftp://x' }] });
    expect(index.errorCount).to.equal(3);
    const url = index.claim('url-box', 'Website', [['services', 0, 'url']]);
    expect(url.errors).to.deep.equal(['Expected a web address starting https://, like https://example.nhs.uk/wellbeing, got "ftp://x"']);
    expect(index.claim('again', 'Website', [['services', 0, 'url']]).errors).to.deep.equal([]);
    index.claim('name-box', 'Name', [['organisation', 'en-GB'], ['organisation']]);
    expect(index.listed(format).map((i) => i.target)).to.deep.equal(['url-box', 'name-box', otherProblemsId]);
  });

  it('gives a list field the issues inside it, and a row what its fields left, each with its path', () => {
    const index = issues({
      organisation: 'A',
      extraTopics: [{ id: 'parking', text: { 'en-GB': { name: 'P', prompt: 'P?', gentler: 'P?', followUps: ['a', ' '] } } }],
      services: [{ id: 'eap', category: 'crisis', name: 'EAP', phone: '' }],
    });
    const lines = index.claim('lines', 'Follow-ups', [['extraTopics', 0, 'text', 'en-GB', 'followUps']], true);
    expect(lines.errors).to.deep.equal(['Expected text, got empty text']);
    const row = index.claimRest('row', 'Service 1', ['services', 0]);
    expect(row.errors).to.deep.equal(['Needs at least one way to get in touch: a phone, email or url']);
    const rest = issues({ organisation: 'A', services: [{ id: 'eap', category: 'crisis', name: 'EAP', phone: '1', colour: 'x' }] }).claimRest('row', 'Service 1', ['services']);
    expect(rest.warnings[0]).to.match(/^services\[0\]\.colour: is not a setting/);
  });

  it('sends what no field claims to the other problems, errors before warnings', () => {
    const index = issues({ organisation: 'A', schemaVersion: 2, sevices: [] });
    const listed = index.listed(format);
    expect(listed.map((i) => [i.severity, i.target])).to.deep.equal([['error', otherProblemsId], ['warning', otherProblemsId]]);
    expect(listed[0].text).to.equal('schemaVersion — Expected 1, the only version so far, got 2');
  });
});
