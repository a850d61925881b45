import { adoptStyleSheet } from '@customer-corner/ui';
// Layout of the shell itself (the kit's stylesheet covers components). 320 px phones to desktops.
// #18 item 13: the account block shrinks (long company names wrap, the customer switch ellipsizes,
// labels stay on one line) so that the header never scrolls sideways at 1280 px.
const css = `
.shell{min-height:100vh;display:flex;flex-direction:column}
.shell-header{background:var(--cc-color-surface);border-bottom:1px solid var(--cc-color-divider)}
.shell-header__inner{max-width:1200px;margin:0 auto;padding:var(--cc-space-sm) var(--cc-space-md);display:flex;flex-wrap:wrap;gap:var(--cc-space-sm) var(--cc-space-lg);align-items:center;justify-content:space-between}
.shell-brand{margin:0;flex:none;font-weight:800;font-size:1.25rem;color:var(--cc-color-primary);display:flex;flex-direction:column}
.shell-brand__tagline{font-weight:400;font-size:var(--cc-font-size-small);color:var(--cc-color-text-muted)}
.shell-account{display:flex;flex-wrap:wrap;gap:var(--cc-space-sm) var(--cc-space-md);align-items:center;justify-content:flex-end;min-width:0;flex:1 1 0}
.shell-account__who{margin:0;display:flex;flex-direction:column;font-size:var(--cc-font-size-small);min-width:0;max-width:22rem;overflow-wrap:anywhere}
.shell-account__customer{color:var(--cc-color-text-muted)}
.shell-language{display:flex;align-items:center;gap:var(--cc-space-sm)}
.shell-language label{font-size:var(--cc-font-size-small);font-weight:600;white-space:nowrap}
.shell-language .cc-select{width:auto;min-height:40px}
.shell-customer-switch{min-width:0}
.shell-customer-switch .cc-select{max-width:18rem;min-width:0;text-overflow:ellipsis}
.shell-nav{max-width:1200px;margin:0 auto;padding:0 var(--cc-space-md)}
.shell-nav__toggle{display:none}
.shell-nav__list{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:0 var(--cc-space-xs)}
.shell-nav__link{display:inline-flex;align-items:center;min-height:44px;padding:0 var(--cc-space-md);text-decoration:none;color:var(--cc-color-text);border-bottom:4px solid transparent;font-weight:600}
.shell-nav__link:hover{color:var(--cc-color-primary);background:var(--cc-color-neutral-surface)}
.shell-nav__link[aria-current=page]{color:var(--cc-color-primary);border-bottom-color:var(--cc-color-primary)}
.shell-main{flex:1;min-height:100vh;width:100%;max-width:1200px;margin:0 auto;padding:var(--cc-space-lg) var(--cc-space-md)}
.shell-main:focus{outline:none}
.shell-footer{border-top:1px solid var(--cc-color-divider);background:var(--cc-color-surface);font-size:var(--cc-font-size-small);color:var(--cc-color-text-muted)}
.shell-footer__inner{max-width:1200px;margin:0 auto;padding:var(--cc-space-md);display:flex;flex-wrap:wrap;gap:var(--cc-space-xs) var(--cc-space-lg);align-items:baseline}
.shell-footer__title{margin:0;font-size:var(--cc-font-size-small);font-weight:700;color:var(--cc-color-text)}
.shell-footer__contact{margin:0;display:flex;flex-wrap:wrap;gap:var(--cc-space-xs) var(--cc-space-lg)}
.shell-footer__contact div{display:flex;gap:var(--cc-space-xs)}
.shell-footer__contact dt{font-weight:600}
.shell-footer__contact dd{margin:0}
.shell-footer__contact a{color:var(--cc-color-primary);overflow-wrap:anywhere}
.shell-footer p{margin:0;flex-basis:100%}
.shell-public .shell-footer{margin-top:var(--cc-space-lg)}
.shell-public .shell-footer__inner{max-width:560px}
.shell-secret{margin:var(--cc-space-md) 0}
.shell-secret dt{font-weight:600}
.shell-secret dd{margin:var(--cc-space-xs) 0 0}
.shell-secret code,.shell-recovery-codes code{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:1.125rem;letter-spacing:.05em;overflow-wrap:anywhere}
.shell-recovery-codes{display:grid;grid-template-columns:repeat(auto-fill,minmax(12rem,1fr));gap:var(--cc-space-xs) var(--cc-space-lg);padding-left:1.5rem;margin:var(--cc-space-md) 0}
.shell-public{min-height:100vh;display:flex;flex-direction:column}
.shell-public__header{max-width:560px;margin:0 auto;padding:var(--cc-space-lg) var(--cc-space-md) 0;display:flex;flex-wrap:wrap;gap:var(--cc-space-md);justify-content:space-between;align-items:center}
.shell-public__main{flex:1 0 auto;width:100%;max-width:560px;margin:0 auto;padding:var(--cc-space-md)}
.shell-public__main:focus{outline:none}
.shell-links{list-style:none;padding:0;margin:var(--cc-space-md) 0 0;display:flex;flex-direction:column;gap:var(--cc-space-sm)}
@media (max-width:640px){
  .shell-nav__toggle{display:inline-flex}
  .shell-account{display:none}
  .shell-header[data-menu-open=true] .shell-account{display:flex;flex-direction:column;align-items:stretch;width:100%;padding:0 0 var(--cc-space-sm)}
  .shell-header[data-menu-open=true] .shell-account .cc-select{width:100%}
  .shell-header[data-menu-open=true] .shell-account .shell-language{flex-wrap:wrap}
  .shell-nav__list{display:none;flex-direction:column;margin-top:var(--cc-space-sm)}
  .shell-nav__list[data-open=true]{display:flex}
  .shell-nav__link{width:100%;border-bottom:0;border-left:4px solid transparent}
  .shell-nav__link[aria-current=page]{border-left-color:var(--cc-color-primary)}
  .shell-main{padding:var(--cc-space-md) var(--cc-space-sm)}
  .shell-public__main{padding:var(--cc-space-sm)}
}
/* Issue #11 §1: the second-factor dialog of the customer switch, centred over the page at every width. */
.shell-dialog-backdrop{position:fixed;inset:0;z-index:50;display:flex;align-items:center;justify-content:center;padding:var(--cc-space-md);background:rgba(0,0,0,.45)}
.shell-dialog{width:100%;max-width:28rem;max-height:calc(100vh - 2 * var(--cc-space-md));overflow:auto;padding:var(--cc-space-lg);border-radius:8px;background:var(--cc-color-surface);color:var(--cc-color-text);box-shadow:0 8px 32px rgba(0,0,0,.3)}
.shell-dialog h2{margin-top:0}
`;

export function ensureShellStyles(doc: Document = document): void {
  adoptStyleSheet(doc, 'cc-shell-styles', css);
}
