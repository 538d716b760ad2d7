// Vue compiles every tag it does not know as a component it must resolve; the guide's tags are custom elements.
import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('wcg-') } } })],
});
