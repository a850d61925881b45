import { adoptStyleSheet } from './adopt-style-sheet';
import { tokensAsCssVariables } from './design-tokens';

// The whole kit's stylesheet, injected once into <head> (the kit is a shared singleton, so every
// tab reuses the shell's copy). Plain CSS keeps the build free of style loaders.
const css = `
*,*::before,*::after{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;font-family:var(--cc-font-family);font-size:var(--cc-font-size-base);line-height:1.5;color:var(--cc-color-text);background:var(--cc-color-background)}
a{color:var(--cc-color-primary)}
a:hover{color:var(--cc-color-primary-hover)}
:focus-visible{outline:3px solid var(--cc-color-focus);outline-offset:2px}
h1,h2,h3{line-height:1.25;margin:0 0 var(--cc-space-md)}
h1{font-size:1.6rem}h2{font-size:1.25rem}h3{font-size:1.05rem}
p{margin:0 0 var(--cc-space-md)}
.cc-visually-hidden{position:absolute!important;width:1px!important;height:1px!important;padding:0;margin:-1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0}
.cc-skip-link{position:absolute;left:var(--cc-space-sm);top:-100px;z-index:100;padding:var(--cc-space-sm) var(--cc-space-md);background:var(--cc-color-surface);color:var(--cc-color-primary);border:2px solid var(--cc-color-focus);border-radius:var(--cc-radius-sm);font-weight:600}
.cc-skip-link:focus{top:var(--cc-space-sm)}
.cc-button{display:inline-flex;align-items:center;justify-content:center;gap:var(--cc-space-sm);min-height:44px;min-width:44px;padding:0.5rem 1rem;border-radius:var(--cc-radius-sm);border:2px solid var(--cc-color-primary);font:inherit;font-weight:600;cursor:pointer;text-decoration:none;background:var(--cc-color-primary);color:var(--cc-color-on-primary)}
.cc-button:hover{background:var(--cc-color-primary-hover);border-color:var(--cc-color-primary-hover);color:var(--cc-color-on-primary)}
.cc-button--secondary{background:var(--cc-color-surface);color:var(--cc-color-primary)}
.cc-button--secondary:hover{background:var(--cc-color-neutral-surface);color:var(--cc-color-primary-hover)}
.cc-button--ghost{background:transparent;border-color:transparent;color:var(--cc-color-primary)}
.cc-button--ghost:hover{background:var(--cc-color-neutral-surface);border-color:transparent;color:var(--cc-color-primary-hover)}
.cc-button[disabled],.cc-button[aria-disabled=true]{opacity:.6;cursor:not-allowed}
.cc-button--block{width:100%}
.cc-field{display:flex;flex-direction:column;gap:var(--cc-space-xs);margin-bottom:var(--cc-space-md);min-width:0}
.cc-field label,.cc-label{font-weight:600}
.cc-field__hint{color:var(--cc-color-text-muted);font-size:var(--cc-font-size-small)}
.cc-field__error{color:var(--cc-color-danger);font-size:var(--cc-font-size-small);font-weight:600}
.cc-input,.cc-select{width:100%;min-height:44px;padding:0.5rem 0.75rem;font:inherit;color:var(--cc-color-text);background:var(--cc-color-surface);border:1px solid var(--cc-color-border);border-radius:var(--cc-radius-sm)}
.cc-input[aria-invalid=true]{border:2px solid var(--cc-color-danger)}
.cc-card{background:var(--cc-color-surface);border:1px solid var(--cc-color-divider);border-radius:var(--cc-radius-md);padding:var(--cc-space-lg);margin-bottom:var(--cc-space-lg);min-width:0}
.cc-alert{display:flex;gap:var(--cc-space-sm);padding:var(--cc-space-md);border-radius:var(--cc-radius-sm);border-left:4px solid;margin-bottom:var(--cc-space-md)}
.cc-alert--error{background:var(--cc-color-danger-surface);border-color:var(--cc-color-danger);color:var(--cc-color-text)}
.cc-alert--success{background:var(--cc-color-success-surface);border-color:var(--cc-color-success)}
.cc-alert--info{background:var(--cc-color-info-surface);border-color:var(--cc-color-info)}
.cc-alert--warning{background:var(--cc-color-warning-surface);border-color:var(--cc-color-warning)}
.cc-alert p:last-child{margin-bottom:0}
.cc-badge{display:inline-block;padding:0.1rem 0.55rem;border-radius:999px;font-size:var(--cc-font-size-small);font-weight:600;border:1px solid currentColor;white-space:nowrap}
.cc-badge--neutral{background:var(--cc-color-neutral-surface);color:var(--cc-color-text)}
.cc-badge--success{background:var(--cc-color-success-surface);color:var(--cc-color-success)}
.cc-badge--danger{background:var(--cc-color-danger-surface);color:var(--cc-color-danger)}
.cc-badge--warning{background:var(--cc-color-warning-surface);color:var(--cc-color-warning)}
.cc-badge--info{background:var(--cc-color-info-surface);color:var(--cc-color-info)}
.cc-dl{display:grid;grid-template-columns:minmax(10rem,max-content) 1fr;gap:var(--cc-space-sm) var(--cc-space-lg);margin:0}
.cc-dl dt{font-weight:600;color:var(--cc-color-text-muted)}
.cc-dl dd{margin:0;overflow-wrap:anywhere}
.cc-table-wrap{width:100%;overflow-x:auto}
.cc-table{width:100%;border-collapse:collapse;background:var(--cc-color-surface)}
.cc-table caption{text-align:left;font-weight:600;padding:var(--cc-space-sm) 0}
.cc-table th,.cc-table td{padding:0.6rem 0.75rem;text-align:left;border-bottom:1px solid var(--cc-color-divider);vertical-align:top}
.cc-table thead th{font-size:var(--cc-font-size-small);color:var(--cc-color-text-muted);background:var(--cc-color-neutral-surface)}
.cc-table tbody th,.cc-table tfoot th{font-weight:600;color:var(--cc-color-text)}
.cc-table tbody th a{white-space:nowrap}
.cc-table .cc-num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
.cc-table thead th.cc-num{white-space:normal}
.cc-table td .cc-badge{white-space:normal}
.cc-table .cc-prose{min-width:14rem}
.cc-keep-whole{white-space:nowrap}
.cc-secondary-text{display:block;color:var(--cc-color-text-muted);font-size:var(--cc-font-size-small)}
.cc-table tfoot td,.cc-table tfoot th{font-weight:700;border-top:2px solid var(--cc-color-border)}
.cc-stack{display:flex;flex-direction:column;gap:var(--cc-space-md)}
.cc-row{display:flex;flex-wrap:wrap;gap:var(--cc-space-md);align-items:flex-end}
.cc-row > *{flex:1 1 12rem}
.cc-spinner{display:inline-flex;align-items:center;gap:var(--cc-space-sm);color:var(--cc-color-text-muted);padding:var(--cc-space-md) 0}
.cc-spinner::before{content:"";width:1rem;height:1rem;border:3px solid var(--cc-color-divider);border-top-color:var(--cc-color-primary);border-radius:50%;animation:cc-spin 0.8s linear infinite}
@keyframes cc-spin{to{transform:rotate(360deg)}}
@media (prefers-reduced-motion:reduce){.cc-spinner::before{animation:none}}
.cc-empty{padding:var(--cc-space-xl) var(--cc-space-md);text-align:center;color:var(--cc-color-text-muted)}
.cc-page-header{display:flex;flex-wrap:wrap;justify-content:space-between;align-items:flex-start;gap:var(--cc-space-md);margin-bottom:var(--cc-space-lg)}
.cc-page-header h1{margin:0}
.cc-checklist{list-style:none;padding:0;margin:0 0 var(--cc-space-md)}
.cc-checklist li{display:flex;gap:var(--cc-space-sm);align-items:baseline;padding:0.15rem 0}
.cc-checklist__mark{font-weight:700;width:1.25rem;flex:none;text-align:center}
.cc-checklist li[data-met=true]{color:var(--cc-color-success)}
.cc-checklist li[data-met=false]{color:var(--cc-color-text)}
.cc-checklist li[data-failed=true]{color:var(--cc-color-danger)}
.cc-checklist__failed{font-weight:600}
@media (max-width:640px){
  .cc-card{padding:var(--cc-space-md)}
  .cc-dl{grid-template-columns:1fr;gap:0 0}
  .cc-dl dd{margin-bottom:var(--cc-space-sm)}
  .cc-table--cards thead{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
  .cc-table--cards,.cc-table--cards tbody,.cc-table--cards tfoot,.cc-table--cards tr,.cc-table--cards td,.cc-table--cards th{display:block;width:100%}
  .cc-table--cards{background:transparent}
  .cc-table--cards caption:not(.cc-visually-hidden){display:block;width:100%}
  .cc-table--cards tr{background:var(--cc-color-surface);border:1px solid var(--cc-color-divider);border-radius:var(--cc-radius-md);margin-bottom:var(--cc-space-md);padding:var(--cc-space-sm) var(--cc-space-md)}
  .cc-table--cards td,.cc-table--cards tbody th,.cc-table--cards tfoot th{display:flex;justify-content:space-between;gap:var(--cc-space-md);border:0;padding:0.3rem 0;background:transparent;color:var(--cc-color-text);font-size:var(--cc-font-size-base);text-align:right;white-space:normal;overflow-wrap:anywhere}
  .cc-table--cards td::before,.cc-table--cards tbody th::before,.cc-table--cards tfoot th::before{content:attr(data-label);flex:0 0 45%;font-weight:600;color:var(--cc-color-text-muted);text-align:left}
  .cc-table--cards th[data-label=""]::before{content:none}
  .cc-table--cards .cc-prose{min-width:0}
  .cc-table--cards tfoot td[data-empty=true]{display:none}
  .cc-table--cards .cc-num{text-align:right;white-space:normal}
  .cc-table--cards td:has(.cc-keep-whole){flex-wrap:wrap}
  .cc-table--cards td:has(.cc-keep-whole)>*{margin-left:auto}
}
`;

const STYLE_ID = 'cc-ui-styles';

/** Adds the kit's stylesheet to the document once; safe to call from every tab. */
export function ensureUiStyles(doc: Document = document): void {
  adoptStyleSheet(doc, STYLE_ID, tokensAsCssVariables() + css);
}
