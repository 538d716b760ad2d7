// A React 19 host application as a trust's developer would write it: the React wrapper imported by name from
// the package, on a form, in Welsh, with `onReady` and `onComplete` props. Built with esbuild in
// scripts/consumers.test.mjs and driven in a browser there.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { WellbeingConversation } from 'wellbeing-conversation-guide/react';

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

const seen: HostSaw = { ready: false, errors: [], records: [] };
window.hostSaw = seen;

function Appraisal() {
  return (
    <form method="post" action="/appraisal">
      <WellbeingConversation
        name="wellbeing"
        lang="cy"
        required
        onReady={() => (seen.ready = true)}
        onError={(event) => seen.errors.push(...event.detail.errors)}
        onComplete={(event) => seen.records.push(event.detail.record)}
      />
    </form>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Appraisal />
  </StrictMode>,
);
