import { expect } from '@open-wc/testing';
import type { i18n } from 'i18next';
import { parseTrustConfig } from '../../src/content/parse-trust-config.js';
import { createI18n } from '../../src/i18n/i18n.js';
import { IssueIndex, fieldId, fieldIdForIssue, otherProblemsId } from './config-issues.js';
import { addMessageFormats, issueMessage, type IssueNames } from './issue-words.js';

let text: i18n;
before(async () => {
  text = await createI18n('en-GB', { namespaces: ['configure'] });
  addMessageFormats(text);
});

function issues(input: unknown): IssueIndex {
  const names: IssueNames = { t: text.t, uiLanguage: 'en-GB', topic: (id) => id, service: (i) => `Service ${i + 1}`, crisisLine: (id) => id };
  return new IssueIndex(parseTrustConfig(input), (issue, owner, path) => issueMessage(names, issue, owner, path));
}

const file = { label: 'your file', kind: 'group' } as const;

describe('IssueIndex', () => {
  it('maps an issue path to the id of its field, whatever the language code spelling', () => {
    expect(fieldIdForIssue('services[3].phone')).to.equal('cfg-services-3-phone');
    expect(fieldIdForIssue('organisation["en-gb"]')).to.equal(fieldId(['organisation', 'en-GB']));
    expect(fieldIdForIssue('overrides.cy["common:title"]')).to.equal('cfg-overrides-cy-common_3a_title');
    // Distinct paths never share an id.
    expect(fieldId(['a-b'])).to.not.equal(fieldId(['a', 'b']));
  });

  it('gives each field the issues at its path, once, said with its label, and lists them in the order they were claimed', () => {
    const index = issues({ organisation: '', services: [{ id: 'eap', category: 'crisis', name: 'EAP', phone: 'call us', url: 'ftp://x' }] });
    expect(index.errorCount).to.equal(3);
    const url = index.claim('url-box', { label: 'Website', where: 'Service 1 (EAP)' }, [['services', 0, 'url']]);
    expect(url.errors).to.deep.equal(['Enter the website for Service 1 (EAP) in full, starting https://, like https://www.example.nhs.uk/wellbeing']);
    expect(index.claim('again', { label: 'Website' }, [['services', 0, 'url']]).errors).to.deep.equal([]);
    index.claim('name-box', { label: 'Name of your organisation' }, [['organisation', 'en-GB'], ['organisation']]);
    index.claimRest(otherProblemsId, file, []);
    expect(index.listed().map((i) => i.target)).to.deep.equal(['url-box', 'name-box', otherProblemsId]);
    expect(index.listed()[1].text).to.equal('Enter the name of your organisation');
  });

  it('gives a list field the issues inside it, and a row what its fields left, named as the row', () => {
    const index = issues({
      organisation: 'A',
      extraTopics: [{ id: 'parking', text: { 'en-GB': { name: 'P', prompt: 'P?', gentler: 'P?', followUps: ['a', ' '] } } }],
      services: [{ id: 'eap', category: 'crisis', name: 'EAP', phone: '' }],
    });
    const lines = index.claim('lines', { label: 'Follow-up questions', where: 'Your topic 1 (P)' }, [['extraTopics', 0, 'text', 'en-GB', 'followUps']], true);
    expect(lines.errors).to.deep.equal(['Enter the follow-up questions for Your topic 1 (P)']);
    const row = index.claimRest('row', { label: 'Service 1 (EAP)', kind: 'group' }, ['services', 0]);
    expect(row.errors).to.deep.equal(['Enter a phone number, email address or website for Service 1 (EAP)']);
    const rest = issues({ organisation: 'A', services: [{ id: 'eap', category: 'crisis', name: 'EAP', phone: '1', colour: 'x' }] })
      .claimRest('row', { label: 'Service 1 (EAP)', kind: 'group' }, ['services']);
    expect(rest.warnings).to.deep.equal(['Service 1 (EAP) has a setting the guide does not know, “colour”, so it was ignored']);
  });

  it('sends what no field claims to the other problems, errors before warnings', () => {
    const index = issues({ organisation: 'A', schemaVersion: 2, sevices: [] });
    index.claimRest(otherProblemsId, file, []);
    const listed = index.listed();
    expect(listed.map((i) => [i.severity, i.target])).to.deep.equal([['error', otherProblemsId], ['warning', otherProblemsId]]);
    expect(listed[0].text).to.equal('Your file was made for a newer version of the guide, which this page cannot read. Start again from an example, or ask whoever gave you the file');
  });
});
