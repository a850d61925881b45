import { createHash } from 'node:crypto';
import type { RequestHandler } from 'express';
import { escapeHtml } from '../http/escape-html';

/**
 * API-1..5 in development: a GraphQL explorer served by the gateway itself. Apollo's landing page
 * loads its editor from a CDN, which a machine without internet never reaches; this page is one
 * self-contained document (inline script and style, no external URL) that talks to /graphql like the
 * portal does: POST, JSON, the session cookie, and the `apollo-require-preflight` header of Apollo's
 * CSRF prevention. Partners paste their `Authorization: Bearer …` header in "Headers".
 */

/** What the schema browser asks for: every type with descriptions, arguments and deprecations. */
export const EXPLORER_INTROSPECTION_QUERY = `query ExplorerIntrospection {
  __schema {
    description
    queryType { name }
    mutationType { name }
    subscriptionType { name }
    types {
      kind
      name
      description
      fields(includeDeprecated: true) {
        name
        description
        args(includeDeprecated: true) { ...InputValue }
        type { ...TypeRef }
        isDeprecated
        deprecationReason
      }
      inputFields(includeDeprecated: true) { ...InputValue }
      interfaces { name }
      enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason }
      possibleTypes { name }
    }
  }
}

fragment InputValue on __InputValue {
  name
  description
  type { ...TypeRef }
  defaultValue
  isDeprecated
  deprecationReason
}

fragment TypeRef on __Type {
  kind
  name
  ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } }
}`;

/** The query the editor opens with (until the browser has remembered another one). */
export const EXPLORER_DEFAULT_QUERY = `# Customer Corner GraphQL explorer (development only).
# Ctrl+Enter (Cmd+Enter on a Mac) runs the query. Signed in to the portal in this browser,
# your session cookie is sent; a partner token goes in Headers: {"Authorization": "Bearer ccp_..."}
query WhoAmI {
  me {
    kind
    name
    customer {
      customerNumber
      name
    }
  }
}
`;

const STYLE = `
:root{color-scheme:light;--ink:#1b2430;--muted:#4f5b69;--line:#c9d1db;--accent:#0b5cad;--bad:#a4262c;--bg:#f5f7fa}
*{box-sizing:border-box}
body{margin:0;font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);background:var(--bg)}
header{padding:.6rem 1rem;background:#fff;border-bottom:1px solid var(--line)}
h1{font-size:1.15rem;margin:0}
header p{margin:.15rem 0 0;color:var(--muted);font-size:.9rem}
main{display:grid;gap:1rem;padding:1rem;grid-template-columns:minmax(0,1fr)}
@media (min-width:1100px){main{grid-template-columns:minmax(0,1.1fr) minmax(0,1fr) minmax(0,1fr)}}
section{background:#fff;border:1px solid var(--line);border-radius:6px;padding:.75rem;min-width:0}
h2{font-size:1rem;margin:0 0 .5rem}
label{display:block;font-weight:600;margin:.5rem 0 .2rem}
textarea,input,select{width:100%;font:13px/1.4 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;color:var(--ink);border:1px solid var(--line);border-radius:4px;padding:.45rem;background:#fff}
textarea{resize:vertical}
#query{min-height:22rem}
#variables,#headers{min-height:5rem}
button{font:inherit;font-weight:600;border-radius:4px;border:1px solid var(--accent);padding:.4rem .9rem;cursor:pointer;background:#fff;color:var(--accent)}
button.primary{background:var(--accent);color:#fff}
button:disabled{opacity:.6;cursor:wait}
:focus-visible{outline:3px solid #f2a900;outline-offset:2px}
.row{display:flex;gap:.5rem;align-items:center;flex-wrap:wrap;margin-top:.6rem}
.hint{color:var(--muted);font-size:.85rem}
.status{min-height:1.4em;color:var(--muted);font-size:.9rem;margin:0 0 .4rem}
.status.bad{color:var(--bad)}
pre{margin:0;white-space:pre-wrap;overflow-wrap:anywhere;font:13px/1.4 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace}
#result{min-height:10rem;max-height:80vh;overflow:auto;border:1px solid var(--line);border-radius:4px;padding:.5rem;background:#fbfcfd}
#result.has-errors{border-color:var(--bad)}
#types{max-height:16rem;overflow:auto;margin:.4rem 0;padding:0;list-style:none;border:1px solid var(--line);border-radius:4px}
#types li.group{font-weight:700;color:var(--muted);padding:.3rem .5rem 0;font-size:.8rem;text-transform:uppercase}
#types a{display:block;padding:.1rem .5rem .1rem 1rem}
a{color:var(--accent)}
#type-detail{margin-top:.6rem}
#type-detail h3{margin:.2rem 0;font-size:1.05rem}
#type-detail h4{margin:.8rem 0 .3rem;font-size:.95rem}
.kind{font-size:.75rem;font-weight:700;color:var(--muted);border:1px solid var(--line);border-radius:3px;padding:0 .3rem;margin-left:.4rem;vertical-align:middle}
.description{white-space:pre-wrap;margin:.15rem 0 .3rem;color:var(--muted)}
.deprecated{color:var(--bad);font-weight:600}
dl.members{margin:0}
dl.members dt{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:13px;margin-top:.5rem}
dl.members dd{margin:0 0 0 1rem}
ul.args{margin:.2rem 0;padding-left:1.2rem;font-size:.9rem}
[hidden]{display:none!important}
`;

// Plain ES2019 without template literals, so the page works in any current browser as is.
const SCRIPT = String.raw`
(function () {
  'use strict';
  var STORAGE_KEY = 'cc-graphql-explorer';
  var endpoint = document.body.getAttribute('data-endpoint') || '/graphql';
  var introspectionQuery = document.getElementById('introspection-query').textContent;
  function byId(id) { return document.getElementById(id); }
  var queryInput = byId('query');
  var variablesInput = byId('variables');
  var headersInput = byId('headers');
  var operationField = byId('operation-field');
  var operationSelect = byId('operation');
  var runButton = byId('run');
  var runStatus = byId('run-status');
  var result = byId('result');
  var schemaStatus = byId('schema-status');
  var typeFilter = byId('type-filter');
  var typeList = byId('types');
  var typeDetail = byId('type-detail');
  var schema = null;

  function el(tag, options, children) {
    var node = document.createElement(tag);
    options = options || {};
    if (options.text !== undefined) node.textContent = options.text;
    if (options.className) node.className = options.className;
    if (options.href) node.setAttribute('href', options.href);
    if (options.value !== undefined) node.value = options.value;
    (children || []).forEach(function (child) {
      if (child !== null && child !== undefined) node.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
    });
    return node;
  }

  function setStatus(node, text, bad) {
    node.textContent = text;
    node.className = bad ? 'status bad' : 'status';
  }

  function parseJsonObject(text, what) {
    if (!text.trim()) return {};
    var value;
    try {
      value = JSON.parse(text);
    } catch (error) {
      throw new Error(what + ' is not valid JSON: ' + error.message);
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new Error(what + ' must be a JSON object, e.g. {}');
    return value;
  }

  // Names of the operations in the document; comments and strings are left out first.
  function operationNames(text) {
    var stripped = text.replace(/"""[\s\S]*?"""|"(?:[^"\\\n]|\\.)*"|#[^\n]*/g, ' ');
    var pattern = /(?:^|[^\w$])(?:query|mutation|subscription)\s+([_A-Za-z][_0-9A-Za-z]*)/g;
    var names = [];
    var match;
    while ((match = pattern.exec(stripped))) names.push(match[1]);
    return names;
  }

  function refreshOperations() {
    var names = operationNames(queryInput.value);
    var previous = operationSelect.value;
    operationSelect.textContent = '';
    names.forEach(function (name) { operationSelect.appendChild(el('option', { text: name, value: name })); });
    if (names.indexOf(previous) >= 0) operationSelect.value = previous;
    operationField.hidden = names.length < 2;
  }

  // As the portal does: JSON POST with the session cookie, and the header Apollo's CSRF prevention asks of browsers.
  function graphqlRequest(body, extraHeaders) {
    var headers = {
      'Content-Type': 'application/json',
      Accept: 'application/graphql-response+json, application/json',
      'apollo-require-preflight': 'true'
    };
    Object.keys(extraHeaders).forEach(function (name) { headers[name] = String(extraHeaders[name]); });
    return fetch(endpoint, { method: 'POST', credentials: 'include', headers: headers, body: JSON.stringify(body) }).then(function (response) {
      return response.text().then(function (text) {
        var json = null;
        try { json = JSON.parse(text); } catch (ignored) { json = null; }
        return { status: response.status, statusText: response.statusText, json: json, text: text };
      });
    });
  }

  function firstError(answer) {
    var errors = answer.json && answer.json.errors;
    if (errors && errors.length) return errors[0].message + (errors[0].extensions && errors[0].extensions.code ? ' (' + errors[0].extensions.code + ')' : '');
    return 'HTTP ' + answer.status + ' ' + answer.statusText;
  }

  function save() {
    try {
      // Headers may hold a token: they are never stored.
      localStorage.setItem(STORAGE_KEY, JSON.stringify({ query: queryInput.value, variables: variablesInput.value }));
    } catch (ignored) { /* private mode: nothing remembered */ }
  }

  function restore() {
    try {
      var saved = JSON.parse(localStorage.getItem(STORAGE_KEY) || 'null');
      if (saved && typeof saved.query === 'string' && saved.query.trim()) queryInput.value = saved.query;
      if (saved && typeof saved.variables === 'string') variablesInput.value = saved.variables;
    } catch (ignored) { /* nothing remembered */ }
  }

  function run() {
    var variables;
    var headers;
    try {
      variables = parseJsonObject(variablesInput.value, 'Variables');
      headers = parseJsonObject(headersInput.value, 'Headers');
    } catch (error) {
      setStatus(runStatus, error.message, true);
      return;
    }
    var body = { query: queryInput.value, variables: variables };
    var names = operationNames(queryInput.value);
    if (names.length > 1) body.operationName = operationSelect.value;
    else if (names.length === 1) body.operationName = names[0];
    save();
    runButton.disabled = true;
    setStatus(runStatus, 'Running…', false);
    var started = performance.now();
    graphqlRequest(body, headers)
      .then(function (answer) {
        var errors = answer.json && answer.json.errors ? answer.json.errors.length : 0;
        var took = Math.round(performance.now() - started);
        setStatus(runStatus, 'HTTP ' + answer.status + ' ' + answer.statusText + ' · ' + took + ' ms' + (errors ? ' · ' + errors + ' error(s)' : ''), errors > 0 || answer.status >= 400);
        result.textContent = answer.json !== null ? JSON.stringify(answer.json, null, 2) : answer.text;
        result.className = errors > 0 ? 'has-errors' : '';
      }, function (error) {
        setStatus(runStatus, 'The request did not reach the gateway: ' + error.message, true);
      })
      .then(function () { runButton.disabled = false; });
  }

  // ---- Schema browser -------------------------------------------------------------------------

  function typeLink(name) {
    return el('a', { text: name, href: '#type=' + encodeURIComponent(name) });
  }

  // NON_NULL and LIST wrappers around a named type, e.g. [Contract!]!, the name being a link.
  function typeRef(ref) {
    if (!ref) return el('span', { text: '?' });
    if (ref.kind === 'NON_NULL') return el('span', {}, [typeRef(ref.ofType), '!']);
    if (ref.kind === 'LIST') return el('span', {}, ['[', typeRef(ref.ofType), ']']);
    return typeLink(ref.name);
  }

  function deprecation(item) {
    if (!item.isDeprecated) return null;
    return el('span', { className: 'deprecated', text: ' deprecated' + (item.deprecationReason ? ': ' + item.deprecationReason : '') });
  }

  function description(text) {
    return text ? el('p', { className: 'description', text: text }) : null;
  }

  function inputValues(values) {
    return el('ul', { className: 'args' }, values.map(function (arg) {
      return el('li', {}, [
        el('code', {}, [arg.name + ': ', typeRef(arg.type), arg.defaultValue !== null && arg.defaultValue !== undefined ? ' = ' + arg.defaultValue : '']),
        deprecation(arg),
        arg.description ? ' — ' + arg.description : null
      ]);
    }));
  }

  function fieldEntries(fields) {
    var list = el('dl', { className: 'members' });
    fields.forEach(function (field) {
      list.appendChild(el('dt', {}, [field.name, field.args && field.args.length ? '(…)' : '', ': ', typeRef(field.type), deprecation(field)]));
      list.appendChild(el('dd', {}, [description(field.description), field.args && field.args.length ? inputValues(field.args) : null]));
    });
    return list;
  }

  function showType(name, moveFocus) {
    typeDetail.textContent = '';
    var type = schema && schema.byName[name];
    if (!type) {
      typeDetail.appendChild(el('p', { text: schema ? 'No type named ' + name + '.' : 'The schema is not loaded.' }));
      return;
    }
    var heading = el('h3', {}, [type.name, el('span', { className: 'kind', text: type.kind.replace('_', ' ').toLowerCase() })]);
    heading.tabIndex = -1;
    typeDetail.appendChild(heading);
    if (moveFocus) heading.focus();
    var what = description(type.description);
    if (what) typeDetail.appendChild(what);
    if (type.interfaces && type.interfaces.length)
      typeDetail.appendChild(el('p', {}, ['Implements '].concat(type.interfaces.map(function (i, index) { return el('span', {}, [index ? ', ' : '', typeLink(i.name)]); }))));
    if (type.possibleTypes && type.possibleTypes.length) {
      typeDetail.appendChild(el('h4', { text: 'Possible types' }));
      typeDetail.appendChild(el('p', {}, type.possibleTypes.map(function (p, index) { return el('span', {}, [index ? ', ' : '', typeLink(p.name)]); })));
    }
    if (type.fields && type.fields.length) {
      typeDetail.appendChild(el('h4', { text: 'Fields' }));
      typeDetail.appendChild(fieldEntries(type.fields));
    }
    if (type.inputFields && type.inputFields.length) {
      typeDetail.appendChild(el('h4', { text: 'Input fields' }));
      typeDetail.appendChild(inputValues(type.inputFields));
    }
    if (type.enumValues && type.enumValues.length) {
      typeDetail.appendChild(el('h4', { text: 'Values' }));
      var values = el('dl', { className: 'members' });
      type.enumValues.forEach(function (value) {
        values.appendChild(el('dt', {}, [value.name, deprecation(value)]));
        values.appendChild(el('dd', {}, [description(value.description)]));
      });
      typeDetail.appendChild(values);
    }
  }

  var GROUPS = [
    ['Root types', function (t) { return schema.roots.indexOf(t.name) >= 0; }],
    ['Objects', function (t) { return t.kind === 'OBJECT'; }],
    ['Interfaces', function (t) { return t.kind === 'INTERFACE'; }],
    ['Unions', function (t) { return t.kind === 'UNION'; }],
    ['Inputs', function (t) { return t.kind === 'INPUT_OBJECT'; }],
    ['Enums', function (t) { return t.kind === 'ENUM'; }],
    ['Scalars', function (t) { return t.kind === 'SCALAR'; }]
  ];

  function matches(type, needle) {
    if (!needle) return true;
    if (type.name.toLowerCase().indexOf(needle) >= 0) return true;
    return (type.fields || []).concat(type.inputFields || []).some(function (f) { return f.name.toLowerCase().indexOf(needle) >= 0; });
  }

  function renderTypeList() {
    typeList.textContent = '';
    if (!schema) return;
    var needle = typeFilter.value.trim().toLowerCase();
    var shown = {};
    GROUPS.forEach(function (group) {
      var members = schema.types.filter(function (t) { return !shown[t.name] && group[1](t) && matches(t, needle); });
      if (!members.length) return;
      typeList.appendChild(el('li', { className: 'group', text: group[0] }));
      members.forEach(function (t) {
        shown[t.name] = true;
        typeList.appendChild(el('li', {}, [typeLink(t.name)]));
      });
    });
  }

  function indexSchema(raw) {
    var roots = [raw.queryType, raw.mutationType, raw.subscriptionType].filter(Boolean).map(function (t) { return t.name; });
    var types = raw.types
      .filter(function (t) { return t.name.indexOf('__') !== 0; })
      .sort(function (a, b) { return a.name.localeCompare(b.name); });
    var byName = {};
    raw.types.forEach(function (t) { byName[t.name] = t; });
    return { roots: roots, types: types, byName: byName };
  }

  // A type link sets #type=Name: the back button then walks back through the types seen.
  function showFromHash(event) {
    var match = /^#type=(.+)$/.exec(location.hash);
    var name = match ? decodeURIComponent(match[1]) : schema && schema.roots[0];
    if (name) showType(name, Boolean(event));
  }

  function loadSchema() {
    var headers;
    try {
      headers = parseJsonObject(headersInput.value, 'Headers');
    } catch (error) {
      setStatus(schemaStatus, error.message, true);
      return;
    }
    setStatus(schemaStatus, 'Loading the schema…', false);
    graphqlRequest({ query: introspectionQuery, operationName: 'ExplorerIntrospection' }, headers).then(function (answer) {
      var raw = answer.json && answer.json.data && answer.json.data.__schema;
      if (!raw) {
        setStatus(schemaStatus, 'No schema: ' + firstError(answer), true);
        return;
      }
      schema = indexSchema(raw);
      setStatus(schemaStatus, schema.types.length + ' types. Choose one, or filter by type or field name.', false);
      renderTypeList();
      showFromHash(null);
    }, function (error) {
      setStatus(schemaStatus, 'The schema could not be loaded: ' + error.message, true);
    });
  }

  restore();
  refreshOperations();
  queryInput.addEventListener('input', refreshOperations);
  runButton.addEventListener('click', run);
  byId('reload-schema').addEventListener('click', loadSchema);
  typeFilter.addEventListener('input', renderTypeList);
  window.addEventListener('hashchange', showFromHash);
  document.addEventListener('keydown', function (event) {
    if ((event.ctrlKey || event.metaKey) && event.key === 'Enter') {
      event.preventDefault();
      run();
    }
  });
  loadSchema();
})();
`;

const sha256 = (text: string): string => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/**
 * Content-Security-Policy for the page: only its own inline script and style (by hash) run, and it
 * may only call its own origin. The introspection query rides in a non-executed script block.
 */
export const GRAPHQL_EXPLORER_CSP = [
  "default-src 'none'",
  `script-src ${sha256(SCRIPT)}`,
  `style-src ${sha256(STYLE)}`,
  "connect-src 'self'",
  'img-src data:',
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** The explorer as one HTML document; `endpoint` is where it sends queries (same origin). */
export function renderGraphQLExplorer(options: { endpoint?: string } = {}): string {
  const endpoint = options.endpoint ?? '/graphql';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>Customer Corner — GraphQL explorer</title>
<link rel="icon" href="data:,">
<style>${STYLE}</style>
</head>
<body data-endpoint="${escapeHtml(endpoint)}">
<header>
<h1>Customer Corner — GraphQL explorer</h1>
<p>Development only. Queries go to <code>${escapeHtml(endpoint)}</code> with your session cookie; see docs/partners.md for tokens, limits and error codes.</p>
</header>
<main>
<section aria-labelledby="operation-title">
<h2 id="operation-title">Operation</h2>
<label for="query">Query</label>
<textarea id="query" spellcheck="false" autocomplete="off" autocapitalize="off">${escapeHtml(EXPLORER_DEFAULT_QUERY)}</textarea>
<div id="operation-field" hidden>
<label for="operation">Operation to run</label>
<select id="operation"></select>
</div>
<label for="variables">Variables (JSON)</label>
<textarea id="variables" spellcheck="false" autocomplete="off" placeholder="{&quot;first&quot;: 5}">{}</textarea>
<label for="headers">Headers (JSON, optional; never stored)</label>
<textarea id="headers" spellcheck="false" autocomplete="off" placeholder="{&quot;Authorization&quot;: &quot;Bearer ccp_...&quot;}"></textarea>
<div class="row">
<button type="button" id="run" class="primary" aria-keyshortcuts="Control+Enter Meta+Enter">Run</button>
<span class="hint">Ctrl+Enter or Cmd+Enter</span>
</div>
</section>
<section aria-labelledby="result-title">
<h2 id="result-title">Result</h2>
<p id="run-status" class="status" role="status" aria-live="polite"></p>
<pre id="result" tabindex="0" aria-label="Result as JSON"></pre>
</section>
<section aria-labelledby="schema-title">
<h2 id="schema-title">Schema</h2>
<p id="schema-status" class="status" role="status" aria-live="polite"></p>
<div class="row">
<button type="button" id="reload-schema">Reload the schema</button>
</div>
<label for="type-filter">Filter types and fields</label>
<input id="type-filter" type="search" autocomplete="off" spellcheck="false">
<nav aria-label="Types"><ul id="types"></ul></nav>
<div id="type-detail"></div>
</section>
</main>
<script type="application/graphql" id="introspection-query">${EXPLORER_INTROSPECTION_QUERY}</script>
<script>${SCRIPT}</script>
</body>
</html>
`;
}

/**
 * GET /graphql from a browser (HTML preferred over JSON, no `query` parameter) gets the explorer;
 * anything else — GraphQL over HTTP GET, a JSON client — goes on to the GraphQL endpoint.
 */
export function graphqlExplorerHandler(options: { endpoint?: string } = {}): RequestHandler {
  const html = renderGraphQLExplorer(options);
  return (req, res, next) => {
    const prefersHtml = req.accepts(['application/graphql-response+json', 'application/json', 'text/html']) === 'text/html';
    if (req.query['query'] !== undefined || !prefersHtml) {
      next();
      return;
    }
    res.setHeader('Content-Security-Policy', GRAPHQL_EXPLORER_CSP);
    res.setHeader('Cache-Control', 'no-store');
    res.type('html').send(html);
  };
}
