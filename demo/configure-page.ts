// The config page's own script: registers the elements and offers the two example config files.
import '../src/register.js';
import type { WcgConfigEditor } from '../components/config-editor/config-editor.js';
import anytown from './configs/anytown-acute-trust.json' with { type: 'json' };
import hafren from './configs/hafren-valley-health-board.json' with { type: 'json' };

const editor = document.querySelector<WcgConfigEditor>('wcg-config-editor')!;
editor.samples = [anytown, hafren];

// ?sample=1 or ?sample=2 opens an example straight away, for links from training material.
const sample = Number(new URLSearchParams(location.search).get('sample'));
if (sample === 1 || sample === 2) editor.config = structuredClone(editor.samples[sample - 1]) as WcgConfigEditor['config'];
