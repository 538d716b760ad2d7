// The theming page's own script: registers the elements. The theme itself is plain CSS in theming.css;
// the code sample shows the part of that file after its "The theme." comment, so the page shows what it uses.
import '../src/register.js';

const sheet = await fetch(new URL('./theming.css', import.meta.url)).then((response) => response.text());
const marker = '/* The theme. */';
document.querySelector('#theme-css')!.textContent = sheet.slice(sheet.indexOf(marker) + marker.length).trim();
