// The theming page's own script: registers the elements. The theme itself is plain CSS in theming.css.
import '../src/register.js';
