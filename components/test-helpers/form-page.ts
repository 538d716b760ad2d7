// The page the form-restore test loads in an iframe: a host form with one `<wcg-conversation required>`. It notes
// every state the browser hands back to the element on Back, for the test to read.
import { defineAllElements } from '../../src/define-all.js';
import { WcgConversation } from '../conversation/conversation.js';

/** What the page exposes to the test that loaded it. */
export interface FormPageWindow extends Window {
  /** Each state the browser restored into the element (history navigation). */
  restoredStates: unknown[];
  /** Each restore state the element gave the browser (`setFormValue`'s second argument). */
  givenStates: unknown[];
}

const page = window as unknown as FormPageWindow;
page.restoredStates = [];
page.givenStates = [];
const setFormValue = ElementInternals.prototype.setFormValue;
ElementInternals.prototype.setFormValue = function (this: ElementInternals, value, state) {
  page.givenStates.push(state);
  return setFormValue.call(this, value, state);
};
const restore = WcgConversation.prototype.formStateRestoreCallback;
WcgConversation.prototype.formStateRestoreCallback = function (this: WcgConversation, state: unknown) {
  page.restoredStates.push(state);
  restore.call(this, state);
};
// Ready once the later stages have arrived too: tests move on faster than a person would.
document.addEventListener('wcg-ready', (event) => {
  void (event.target as WcgConversation).stagesFetched().then(() => (document.documentElement.dataset.ready = 'true'));
});
defineAllElements();
