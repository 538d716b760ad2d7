/**
 * The benchmark's floor: the least a Lit element can do to show the same screens. It prints the first
 * stage's text, and each later screen's heading and lead, with Continue and Back. No state machine, no
 * i18next, no context, no child elements: what is left is the cost of Lit, the text and the browser.
 */
import { LitElement, css, html, nothing } from 'lit';
import { explore, nav } from '../locales/en-GB/common.json';
import { agree, checkIn, chooseTopics, open, plan, prepare, whatHelps } from '../locales/en-GB/stages.json';
import { breaksShifts, workload } from '../locales/en-GB/topics.json';

// The same nine screens the benchmark walks in the other two pages: two topics are explored.
const topicScreen = (topic: typeof workload) => ({ heading: explore.heading.replace('{{topic}}', topic.name), lead: topic.prompt });
const screens = [prepare, open, checkIn, chooseTopics, topicScreen(workload), topicScreen(breaksShifts), whatHelps, plan, agree];
const items = Object.values(prepare.checklist.items);

/** A bare element that shows one screen of text at a time. */
export class BenchFloor extends LitElement {
  static override styles = css`
    :host { display: block; font: 1.1875rem/1.5 Arial, sans-serif; max-inline-size: 48rem; }
    button { min-block-size: 44px; margin-inline-end: 1rem; }
  `;

  static override properties = {
    index: { state: true, attribute: false },
  };

  private index = 0;

  private readonly next = (): void => {
    this.index = Math.min(this.index + 1, screens.length - 1);
  };

  private readonly back = (): void => {
    this.index = Math.max(this.index - 1, 0);
  };

  private renderChecklist() {
    return html`
      <h3>${prepare.checklist.legend}</h3>
      <p>${prepare.checklist.hint}</p>
      <ul>${items.map((item) => html`<li>${item.label}<br />${item.hint}</li>`)}</ul>
      <p><strong>${prepare.safety.title}</strong></p>
      <p>${prepare.safety.text}</p>
    `;
  }

  override render() {
    const screen = screens[this.index];
    return html`
      <h2 id="stage-heading">${screen.heading}</h2>
      <p>${screen.lead}</p>
      ${this.index === 0 ? this.renderChecklist() : nothing}
      <div class="nav">
        <button class="next" @click=${this.next}>${nav.next}</button>
        ${this.index === 0 ? nothing : html`<button class="back" @click=${this.back}>${nav.back}</button>`}
      </div>
    `;
  }
}

customElements.define('bench-floor', BenchFloor);
