// An `@page` rule inside a shadow root is ignored (browsers read page rules from the document only), so the
// paper size is set on the document, and only while this element's own print dialogue is open: the host
// page's printing is otherwise left as the host set it.
let pageSheet: CSSStyleSheet | undefined;

function a4(): CSSStyleSheet {
  if (!pageSheet) {
    pageSheet = new CSSStyleSheet();
    pageSheet.replaceSync('@page { size: A4; margin: 15mm; }');
  }
  return pageSheet;
}

/**
 * Opens the browser's print dialogue for one element, on A4 with 15 mm margins. The element carries a
 * `printing` attribute until the dialogue closes, so the host page's print styles can leave everything else
 * off the paper; inside the element its own print styles decide what is printed.
 */
export function printElement(host: HTMLElement): void {
  const doc = host.ownerDocument;
  const sheet = a4();
  host.toggleAttribute('printing', true);
  if (!doc.adoptedStyleSheets.includes(sheet)) doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  // Some browsers return from print() before the dialogue closes; `afterprint` is the one signal all of them send.
  window.addEventListener(
    'afterprint',
    () => {
      host.removeAttribute('printing');
      doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
    },
    { once: true },
  );
  window.print();
}
