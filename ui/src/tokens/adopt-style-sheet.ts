// Stylesheets of the kit and the shell are added as constructed sheets (document.adoptedStyleSheets):
// the portal's CSP has no 'unsafe-inline' for styles (X-7, issue #11 §3), which blocks a <style>
// element with inline text but not a sheet built through the CSSOM.
const adopted = new WeakMap<Document, Set<string>>();

/** Adds `cssText` to the document once per `id`; a browser without constructed sheets gets a <style> element. */
export function adoptStyleSheet(doc: Document, id: string, cssText: string): void {
  const done = adopted.get(doc) ?? new Set<string>();
  adopted.set(doc, done);
  if (done.has(id) || doc.getElementById(id)) return;
  done.add(id);
  const SheetConstructor = doc.defaultView?.CSSStyleSheet;
  if (SheetConstructor && 'replaceSync' in SheetConstructor.prototype && Array.isArray(doc.adoptedStyleSheets)) {
    const sheet = new SheetConstructor();
    sheet.replaceSync(cssText);
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    return;
  }
  const style = doc.createElement('style');
  style.id = id;
  style.textContent = cssText;
  doc.head.appendChild(style);
}
