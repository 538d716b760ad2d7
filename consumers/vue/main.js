// A Vue 3 host application as a trust's developer would write it: the package imported by name, and
// <wcg-conversation> used in a single-file component as a custom element. Built with Vite in
// scripts/consumers.test.mjs and driven in a browser there.
import 'wellbeing-conversation-guide';
import { createApp } from 'vue';
import Appraisal from './Appraisal.vue';

createApp(Appraisal).mount('#app');
