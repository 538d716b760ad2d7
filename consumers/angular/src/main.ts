// An Angular host application as a trust's developer would write it: the package imported by name, and
// <wcg-conversation> used in a template as a custom element (CUSTOM_ELEMENTS_SCHEMA), on a form, in Welsh.
// Built with `ng build` in scripts/consumers.test.mjs and driven in a browser there.
import 'wellbeing-conversation-guide';
import { CUSTOM_ELEMENTS_SCHEMA, Component } from '@angular/core';
import { bootstrapApplication } from '@angular/platform-browser';

interface HostSaw {
  ready: boolean;
  errors: unknown[];
  records: unknown[];
}

declare global {
  interface Window {
    hostSaw: HostSaw;
  }
}

@Component({
  selector: 'wcg-host-app',
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <form method="post" action="/appraisal">
      <wcg-conversation
        name="wellbeing"
        lang="cy"
        required
        (wcg-ready)="ready()"
        (wcg-error)="error($event)"
        (wcg-complete)="complete($event)"
      ></wcg-conversation>
    </form>
  `,
})
class HostApp {
  private readonly seen: HostSaw = { ready: false, errors: [], records: [] };

  constructor() {
    window.hostSaw = this.seen;
  }

  ready(): void {
    this.seen.ready = true;
  }

  error(event: Event): void {
    this.seen.errors.push(...(event as CustomEvent<{ errors: unknown[] }>).detail.errors);
  }

  complete(event: Event): void {
    this.seen.records.push((event as CustomEvent<{ record: unknown }>).detail.record);
  }
}

bootstrapApplication(HostApp, { providers: [] }).catch((error: unknown) => {
  window.hostSaw.errors.push(String(error));
});
