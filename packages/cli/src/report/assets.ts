// The report's stylesheet and script, written to <out>/assets/. Hand-written, no dependencies:
// the folder opens from disk, offline, in any browser.

import { TEXT_COLOR, TYPE_COLORS } from './colors.js';

/** The stylesheet; the type colours come from `TYPE_COLORS`, so the contrast test covers them. */
export function reportCss(): string {
  const typeRules = Object.entries(TYPE_COLORS)
    .map(
      ([type, { background, accent }]) =>
        `[data-type="${type}"] { --bg: ${background}; --accent: ${accent}; }\nbody.hide-${type} mark[data-type="${type}"] { background: transparent; box-shadow: none; }`,
    )
    .join('\n');
  return `:root { color-scheme: light; --text: ${TEXT_COLOR}; --muted: #555; --line: #d6d6d6; --link: #0b57b0; }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; color: var(--text); background: #fff; }
a { color: var(--link); }
a:focus-visible, button:focus-visible, input:focus-visible, mark:focus-visible, summary:focus-visible { outline: 3px solid #ff8c00; outline-offset: 2px; }
.skip { position: absolute; left: -9999px; }
.skip:focus { left: 8px; top: 8px; background: #fff; padding: 4px 8px; z-index: 10; }
.top { padding: 12px 20px; border-bottom: 1px solid var(--line); background: #f7f7f5; }
.top h1 { margin: 0; font-size: 1.4rem; }
.top p { margin: 4px 0 0; color: var(--muted); overflow-wrap: anywhere; }
.top nav a { margin-right: 12px; }
main { padding: 12px 20px 40px; max-width: 1400px; margin: 0 auto; }
h2 { font-size: 1.2rem; margin: 16px 0 8px; }
code { overflow-wrap: anywhere; }
[data-type] { --bg: #f0e6d8; --accent: #6b5233; }
${typeRules}
.badge { display: inline-block; padding: 0 6px; border-radius: 4px; background: var(--bg); color: var(--text); border: 1px solid var(--accent); font-size: 0.8rem; line-height: 1.4; white-space: nowrap; }
.glance { display: flex; flex-wrap: wrap; gap: 8px 32px; align-items: flex-start; }
.per-type { flex: 1 1 320px; }
.per-type h3 { font-size: 1rem; margin: 8px 0 6px; }
.type-counts { list-style: none; padding: 0; margin: 0; display: flex; flex-wrap: wrap; gap: 6px 16px; }
.cards { display: flex; max-width: 760px; flex-wrap: wrap; gap: 12px; margin: 8px 0 16px; }
.card { border: 1px solid var(--line); border-radius: 8px; padding: 6px 12px; min-width: 120px; }
.card .big { display: block; font-size: 1.4rem; font-weight: 600; }
table.plain { border-collapse: collapse; margin: 8px 0; }
table.plain th, table.plain td { border-bottom: 1px solid var(--line); padding: 3px 10px; text-align: left; vertical-align: top; }
table.plain caption { text-align: left; font-weight: 600; }
.counts td { text-align: right; }
.charts { display: grid; grid-template-columns: repeat(auto-fit, minmax(420px, 1fr)); gap: 16px; }
.chart-box { margin: 0; border: 1px solid var(--line); border-radius: 8px; padding: 10px 14px; min-width: 0; }
.chart-box h3 { font-size: 1rem; margin: 0 0 6px; }
.chart-box svg { max-width: 100%; height: auto; display: block; }
.chart-box .note { color: var(--muted); font-size: 0.85rem; }
.no-data { padding: 24px; background: #f4f4f4; border-radius: 6px; }
.scroll { overflow-x: auto; }
.tabs { display: flex; flex-wrap: wrap; gap: 6px; margin: 8px 0; }
.tabs button { font: inherit; padding: 4px 10px; border: 1px solid var(--line); border-radius: 6px; background: #fff; cursor: pointer; color: var(--text); }
.tabs button[aria-selected="true"] { background: #1f3b63; color: #fff; border-color: #1f3b63; }
.tabs .count { font-size: 0.8rem; opacity: 0.85; }
.table-tools { display: flex; flex-wrap: wrap; gap: 12px; align-items: center; margin: 8px 0; }
.table-tools input { font: inherit; padding: 3px 6px; min-width: 16em; max-width: 100%; }
.records-table { border-collapse: collapse; width: 100%; font-size: 0.9rem; }
.records-table th, .records-table td { border-bottom: 1px solid var(--line); padding: 4px 8px; text-align: left; vertical-align: top; }
.records-table th button { font: inherit; font-weight: 600; background: none; border: 0; padding: 0; cursor: pointer; color: var(--text); }
.records-table th[aria-sort="ascending"] button::after { content: " ▲"; }
.records-table th[aria-sort="descending"] button::after { content: " ▼"; }
.records-table td.quote { max-width: 32em; }
.records-table td.num { text-align: right; font-variant-numeric: tabular-nums; }
.pager { margin: 10px 0; display: flex; gap: 10px; align-items: center; }
.pager button { font: inherit; padding: 3px 10px; }
.doc-layout { display: grid; grid-template-columns: minmax(0, 1fr) minmax(260px, 380px); gap: 24px; }
.doc-text h1 { font-size: 1.5rem; line-height: 1.3; }
.meta { display: grid; grid-template-columns: max-content 1fr; gap: 2px 12px; font-size: 0.9rem; color: var(--muted); }
.meta dt { font-weight: 600; }
.meta dd { margin: 0; overflow-wrap: anywhere; }
.legend { display: flex; flex-wrap: wrap; gap: 8px 14px; margin: 12px 0; font-size: 0.9rem; }
.legend-item { cursor: pointer; }
.text { white-space: pre-wrap; overflow-wrap: anywhere; font-size: 1.05rem; line-height: 1.8; }
mark.hl { scroll-margin-top: 30vh; background: var(--bg); color: var(--text); box-shadow: inset 0 -2px 0 var(--accent); border-radius: 2px; cursor: help; }
mark.hl mark.hl { box-shadow: inset 0 -4px 0 var(--accent); }
mark.hl[data-mismatch] { outline: 2px dashed #b00020; }
mark.hl:target, mark.hl.current { outline: 3px solid #ff8c00; outline-offset: 1px; }
abbr[title] { text-decoration: underline dotted; cursor: help; }
.side { border-left: 1px solid var(--line); padding-left: 16px; min-width: 0; }
.side h2:first-child { margin-top: 0; }
.records { padding-left: 1.6em; margin: 0; }
.records li { margin: 0 0 10px; }
.rec-link { text-decoration: none; color: var(--text); }
.rec-link .quote { text-decoration: underline; text-decoration-color: var(--accent); }
.fields { display: grid; grid-template-columns: max-content 1fr; gap: 0 8px; margin: 4px 0 0; font-size: 0.82rem; color: #333; }
.fields dt { font-weight: 600; }
.fields dd { margin: 0; overflow-wrap: anywhere; }
.glossary { display: grid; grid-template-columns: max-content 1fr; gap: 2px 10px; }
.glossary dd { margin: 0; }
.warn { color: #b00020; }
.popover { position: fixed; z-index: 20; max-width: min(420px, 90vw); background: #1d1d1d; color: #fff; padding: 8px 10px; border-radius: 6px; font-size: 0.85rem; line-height: 1.45; white-space: pre-line; box-shadow: 0 4px 14px rgba(0, 0, 0, 0.3); pointer-events: none; }
.popover .tip + .tip { border-top: 1px solid #666; margin-top: 6px; padding-top: 6px; }
.popover .tip-type { font-weight: 700; }
@media (max-width: 700px) {
  main { padding: 8px 12px 32px; }
  .doc-layout { grid-template-columns: 1fr; }
  .side { border-left: 0; border-top: 1px solid var(--line); padding-left: 0; padding-top: 12px; }
  .charts { grid-template-columns: 1fr; }
  .text { font-size: 1rem; }
}
@media print { .popover, .legend, .skip { display: none; } }
`;
}

/** The script of every page: popovers over highlights, focus on `#r<k>`, type toggles, and the record tables. */
export const REPORT_JS = `// vnpr report: popovers, anchors and record tables. Plain JavaScript, no dependencies.
(function () {
  'use strict';
  var popover = document.getElementById('popover');

  // --- Highlights: the title becomes the popover (a native tooltip would show it twice). ---
  var marks = document.querySelectorAll('mark.hl[title]');
  for (var i = 0; i < marks.length; i++) {
    marks[i].setAttribute('data-tip', marks[i].getAttribute('title'));
    marks[i].removeAttribute('title');
  }
  function tipsOf(mark) {
    var tips = [];
    for (var el = mark; el && el.classList; el = el.parentElement) {
      if (el.matches && el.matches('mark.hl')) tips.push(el.getAttribute('data-tip') || '');
    }
    return tips;
  }
  var current = null;
  function showPopover(mark) {
    if (!popover) return;
    current = mark;
    var tips = tipsOf(mark);
    popover.textContent = '';
    tips.forEach(function (tip) {
      var lines = tip.split('\\n');
      var box = document.createElement('div');
      box.className = 'tip';
      var head = document.createElement('div');
      head.className = 'tip-type';
      head.textContent = lines[0];
      box.appendChild(head);
      box.appendChild(document.createTextNode(lines.slice(1).join('\\n')));
      popover.appendChild(box);
    });
    popover.hidden = false;
    var r = mark.getBoundingClientRect();
    var width = popover.offsetWidth;
    var height = popover.offsetHeight;
    var left = Math.min(Math.max(8, r.left), window.innerWidth - width - 8);
    var top = r.bottom + 6;
    if (top + height > window.innerHeight - 8) top = Math.max(8, r.top - height - 6);
    popover.style.left = left + 'px';
    popover.style.top = top + 'px';
  }
  function hidePopover() {
    current = null;
    if (popover) popover.hidden = true;
  }
  function markOf(target) {
    return target && target.closest ? target.closest('mark.hl') : null;
  }
  document.addEventListener('mouseover', function (event) {
    var mark = markOf(event.target);
    if (mark) showPopover(mark);
  });
  document.addEventListener('mouseout', function (event) {
    if (markOf(event.target) && !markOf(event.relatedTarget)) hidePopover();
  });
  document.addEventListener('focusin', function (event) {
    var mark = markOf(event.target);
    if (mark) showPopover(mark);
    else hidePopover();
  });
  document.addEventListener('keydown', function (event) {
    if (event.key === 'Escape') hidePopover();
  });
  // Scrolling keeps the popover beside its highlight (and closes it once the highlight is out of view).
  window.addEventListener('scroll', function () {
    if (!current) return;
    var r = current.getBoundingClientRect();
    if (r.bottom < 0 || r.top > window.innerHeight) hidePopover();
    else showPopover(current);
  }, { passive: true });

  // --- Anchors: #r<k> focuses its highlight. ---
  function focusHash() {
    var id = decodeURIComponent(location.hash.slice(1));
    if (!/^r\\d+$/.test(id)) return;
    var mark = document.getElementById(id);
    if (!mark) return;
    var old = document.querySelectorAll('mark.current');
    for (var j = 0; j < old.length; j++) old[j].classList.remove('current');
    var parts = document.querySelectorAll('mark.hl[data-r="' + id.slice(1) + '"]');
    for (var p = 0; p < parts.length; p++) parts[p].classList.add('current');
    mark.focus({ preventScroll: true });
    mark.scrollIntoView({ block: 'center' });
  }
  window.addEventListener('hashchange', focusHash);
  if (location.hash) focusHash();

  // --- Type toggles on a document page. ---
  var toggles = document.querySelectorAll('input[data-toggle-type]');
  for (var t = 0; t < toggles.length; t++) {
    toggles[t].addEventListener('change', function (event) {
      var box = event.target;
      document.body.classList.toggle('hide-' + box.getAttribute('data-toggle-type'), !box.checked);
    });
  }

  // --- Record tables on the index. ---
  var table = document.getElementById('records-table');
  if (!table) return;
  var PAGE = 50;
  window.VNPR_DATA = window.VNPR_DATA || {};
  var state = { type: null, sortColumn: -1, sortDir: 1, filter: '', page: 0, rows: [] };
  var tabs = document.querySelectorAll('[role="tab"][data-table]');
  var filterInput = document.getElementById('filter');
  var status = document.getElementById('table-status');
  var pageInfo = document.getElementById('page-info');
  var prev = document.getElementById('prev-page');
  var next = document.getElementById('next-page');

  function load(tab, done) {
    var type = tab.getAttribute('data-table');
    if (window.VNPR_DATA[type]) return done(window.VNPR_DATA[type]);
    status.textContent = 'Loading…';
    var script = document.createElement('script');
    script.src = tab.getAttribute('data-src');
    script.onload = function () { done(window.VNPR_DATA[type]); };
    script.onerror = function () { status.textContent = 'Could not load ' + script.src; };
    document.head.appendChild(script);
  }
  function cellText(value) {
    return value === null || value === undefined ? '' : String(value);
  }
  function compare(a, b) {
    var empty = (a === null || a === '') - (b === null || b === '');
    if (empty) return empty;
    if (typeof a === 'number' && typeof b === 'number') return a - b;
    return cellText(a).localeCompare(cellText(b), 'vi');
  }
  function applyView() {
    var data = window.VNPR_DATA[state.type];
    var rows = data.rows;
    var needle = state.filter.normalize('NFC').toLocaleLowerCase('vi');
    if (needle) {
      rows = rows.filter(function (row) {
        for (var c = 2; c < row.length; c++) if (cellText(row[c]).toLocaleLowerCase('vi').indexOf(needle) >= 0) return true;
        return false;
      });
    }
    if (state.sortColumn >= 0) {
      var col = state.sortColumn + 2;
      var dir = state.sortDir;
      rows = rows.map(function (row, index) { return [row, index]; });
      rows.sort(function (x, y) { return compare(x[0][col], y[0][col]) * dir || x[1] - y[1]; });
      rows = rows.map(function (pair) { return pair[0]; });
    }
    state.rows = rows;
    render();
  }
  function render() {
    var data = window.VNPR_DATA[state.type];
    var thead = table.tHead;
    thead.textContent = '';
    var tr = document.createElement('tr');
    data.columns.forEach(function (name, c) {
      var th = document.createElement('th');
      th.scope = 'col';
      if (c === state.sortColumn) th.setAttribute('aria-sort', state.sortDir > 0 ? 'ascending' : 'descending');
      var button = document.createElement('button');
      button.type = 'button';
      button.textContent = name;
      button.addEventListener('click', function () {
        if (state.sortColumn === c) state.sortDir = -state.sortDir;
        else { state.sortColumn = c; state.sortDir = 1; }
        state.page = 0;
        applyView();
        var again = table.tHead.querySelectorAll('button')[c];
        if (again) again.focus();
      });
      th.appendChild(button);
      tr.appendChild(th);
    });
    thead.appendChild(tr);
    var body = table.tBodies[0];
    body.textContent = '';
    var pages = Math.max(1, Math.ceil(state.rows.length / PAGE));
    if (state.page >= pages) state.page = pages - 1;
    var start = state.page * PAGE;
    var slice = state.rows.slice(start, start + PAGE);
    slice.forEach(function (row) {
      var line = document.createElement('tr');
      for (var c = 2; c < row.length; c++) {
        var td = document.createElement('td');
        var value = row[c];
        if (c === 2 && row[0] >= 0) {
          var a = document.createElement('a');
          a.href = 'doc-' + row[0] + '.html' + (row[1] >= 0 ? '#r' + row[1] : '');
          a.textContent = cellText(value);
          td.appendChild(a);
        } else {
          td.textContent = cellText(value);
        }
        if (typeof value === 'number') td.className = 'num';
        if (data.columns[c - 2] === 'quote' || data.columns[c - 2] === 'text') td.className = 'quote';
        line.appendChild(td);
      }
      body.appendChild(line);
    });
    var total = data.rows.length;
    status.textContent = state.rows.length === total ? total + ' rows' : state.rows.length + ' of ' + total + ' rows match';
    pageInfo.textContent = state.rows.length ? 'Rows ' + (start + 1) + '–' + (start + slice.length) + ' of ' + state.rows.length + ' (page ' + (state.page + 1) + ' of ' + pages + ')' : 'No rows';
    prev.disabled = state.page === 0;
    next.disabled = state.page >= pages - 1;
  }
  function select(tab, keepFocus) {
    for (var k = 0; k < tabs.length; k++) {
      tabs[k].setAttribute('aria-selected', String(tabs[k] === tab));
      tabs[k].tabIndex = tabs[k] === tab ? 0 : -1;
    }
    if (keepFocus) tab.focus();
    load(tab, function () {
      state.type = tab.getAttribute('data-table');
      state.sortColumn = -1;
      state.sortDir = 1;
      state.page = 0;
      applyView();
    });
  }
  for (var k = 0; k < tabs.length; k++) {
    tabs[k].addEventListener('click', function (event) { select(event.currentTarget, false); });
    tabs[k].addEventListener('keydown', function (event) {
      var list = Array.prototype.slice.call(tabs);
      var at = list.indexOf(event.currentTarget);
      if (event.key === 'ArrowRight') select(list[(at + 1) % list.length], true);
      else if (event.key === 'ArrowLeft') select(list[(at - 1 + list.length) % list.length], true);
      else return;
      event.preventDefault();
    });
  }
  var filterTimer;
  filterInput.addEventListener('input', function () {
    clearTimeout(filterTimer);
    filterTimer = setTimeout(function () {
      state.filter = filterInput.value.trim();
      state.page = 0;
      if (state.type) applyView();
    }, 150);
  });
  prev.addEventListener('click', function () { state.page--; render(); });
  next.addEventListener('click', function () { state.page++; render(); });
  var wanted = /^#table-(.+)$/.exec(location.hash);
  var first = tabs[0];
  if (wanted) for (var w = 0; w < tabs.length; w++) if (tabs[w].getAttribute('data-table') === decodeURIComponent(wanted[1])) first = tabs[w];
  if (first) select(first, false);
})();
`;
