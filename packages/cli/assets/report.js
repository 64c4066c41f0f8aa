// vnpr report: popovers, anchors and record tables. Plain JavaScript, no dependencies.
(() => {
  const popover = document.getElementById('popover');

  // --- Highlights: the title becomes the popover (a native tooltip would show it twice). ---
  const marks = document.querySelectorAll('mark.hl[title]');
  for (let i = 0; i < marks.length; i++) {
    marks[i].setAttribute('data-tip', marks[i].getAttribute('title'));
    marks[i].removeAttribute('title');
  }
  // --- Conflicts (data/conflicts.js): a record whose panel cell documents give different values is flagged. ---
  const conflicts = window.VNPR_CONFLICTS?.[document.body.getAttribute('data-doc')];
  if (conflicts) {
    for (const k of Object.keys(conflicts)) {
      const text = `conflict: ${conflicts[k].join(' | ')}`;
      const item = document.querySelector(`ol.records li[data-r="${k}"]`);
      if (item) {
        const flag = document.createElement('strong');
        flag.className = 'conflict';
        flag.textContent = text;
        item.appendChild(flag);
      }
      const mark = document.getElementById(`r${k}`);
      if (mark) mark.setAttribute('data-conflict', text);
    }
  }
  function tipsOf(mark) {
    const tips = [];
    for (let el = mark; el?.classList; el = el.parentElement) {
      if (el.matches?.('mark.hl')) tips.push(el.getAttribute('data-tip') || '');
    }
    return tips;
  }
  let current = null;
  function showPopover(mark) {
    if (!popover) return;
    current = mark;
    const tips = tipsOf(mark);
    popover.textContent = '';
    tips.forEach((tip) => {
      const lines = tip.split('\n');
      const box = document.createElement('div');
      box.className = 'tip';
      const head = document.createElement('div');
      head.className = 'tip-type';
      head.textContent = lines[0];
      box.appendChild(head);
      box.appendChild(document.createTextNode(lines.slice(1).join('\n')));
      popover.appendChild(box);
    });
    popover.hidden = false;
    const r = mark.getBoundingClientRect();
    const width = popover.offsetWidth;
    const height = popover.offsetHeight;
    const left = Math.min(Math.max(8, r.left), window.innerWidth - width - 8);
    let top = r.bottom + 6;
    if (top + height > window.innerHeight - 8) top = Math.max(8, r.top - height - 6);
    popover.style.left = `${left}px`;
    popover.style.top = `${top}px`;
  }
  function hidePopover() {
    current = null;
    if (popover) popover.hidden = true;
  }
  function markOf(target) {
    return target?.closest ? target.closest('mark.hl') : null;
  }
  document.addEventListener('mouseover', (event) => {
    const mark = markOf(event.target);
    if (mark) showPopover(mark);
  });
  document.addEventListener('mouseout', (event) => {
    if (markOf(event.target) && !markOf(event.relatedTarget)) hidePopover();
  });
  document.addEventListener('focusin', (event) => {
    const mark = markOf(event.target);
    if (mark) showPopover(mark);
    else hidePopover();
  });
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') hidePopover();
  });
  // Scrolling keeps the popover beside its highlight (and closes it once the highlight is out of view).
  window.addEventListener(
    'scroll',
    () => {
      if (!current) return;
      const r = current.getBoundingClientRect();
      if (r.bottom < 0 || r.top > window.innerHeight) hidePopover();
      else showPopover(current);
    },
    { passive: true },
  );

  // --- Anchors: #r<k> focuses its highlight. ---
  function focusHash() {
    const id = decodeURIComponent(location.hash.slice(1));
    if (!/^r\d+$/.test(id)) return;
    const mark = document.getElementById(id);
    if (!mark) return;
    const old = document.querySelectorAll('mark.current');
    for (let j = 0; j < old.length; j++) old[j].classList.remove('current');
    const parts = document.querySelectorAll(`mark.hl[data-r="${id.slice(1)}"]`);
    for (let p = 0; p < parts.length; p++) parts[p].classList.add('current');
    mark.focus({ preventScroll: true });
    mark.scrollIntoView({ block: 'center' });
  }
  window.addEventListener('hashchange', focusHash);
  if (location.hash) focusHash();

  // --- Type toggles on a document page. ---
  const toggles = document.querySelectorAll('input[data-toggle-type]');
  for (let t = 0; t < toggles.length; t++) {
    toggles[t].addEventListener('change', (event) => {
      const box = event.target;
      document.body.classList.toggle(`hide-${box.getAttribute('data-toggle-type')}`, !box.checked);
    });
  }

  // --- Record tables on the index. ---
  const table = document.getElementById('records-table');
  if (!table) return;
  const PAGE = 50;
  window.VNPR_DATA = window.VNPR_DATA || {};
  const state = { type: null, sortColumn: -1, sortDir: 1, filter: '', page: 0, rows: [] };
  const tabs = document.querySelectorAll('[role="tab"][data-table]');
  const filterInput = document.getElementById('filter');
  const status = document.getElementById('table-status');
  const pageInfo = document.getElementById('page-info');
  const prev = document.getElementById('prev-page');
  const next = document.getElementById('next-page');

  function load(tab, done) {
    const type = tab.getAttribute('data-table');
    if (window.VNPR_DATA[type]) return done(window.VNPR_DATA[type]);
    status.textContent = 'Loading…';
    const script = document.createElement('script');
    script.src = tab.getAttribute('data-src');
    script.onload = () => {
      done(window.VNPR_DATA[type]);
    };
    script.onerror = () => {
      status.textContent = `Could not load ${script.src}`;
    };
    document.head.appendChild(script);
  }
  function cellText(value) {
    return value === null || value === undefined ? '' : String(value);
  }
  function compare(a, b) {
    const empty = (a === null || a === '') - (b === null || b === '');
    if (empty) return empty;
    if (typeof a === 'number' && typeof b === 'number') return a - b;
    return cellText(a).localeCompare(cellText(b), 'vi');
  }
  function applyView() {
    const data = window.VNPR_DATA[state.type];
    let rows = data.rows;
    const needle = state.filter.normalize('NFC').toLocaleLowerCase('vi');
    if (needle) {
      rows = rows.filter((row) => {
        for (let c = 2; c < row.length; c++)
          if (cellText(row[c]).toLocaleLowerCase('vi').indexOf(needle) >= 0) return true;
        return false;
      });
    }
    if (state.sortColumn >= 0) {
      const col = state.sortColumn + 2;
      const dir = state.sortDir;
      rows = rows.map((row, index) => [row, index]);
      rows.sort((x, y) => compare(x[0][col], y[0][col]) * dir || x[1] - y[1]);
      rows = rows.map((pair) => pair[0]);
    }
    state.rows = rows;
    render();
  }
  function render() {
    const data = window.VNPR_DATA[state.type];
    const thead = table.tHead;
    thead.textContent = '';
    const tr = document.createElement('tr');
    data.columns.forEach((name, c) => {
      const th = document.createElement('th');
      th.scope = 'col';
      if (c === state.sortColumn) th.setAttribute('aria-sort', state.sortDir > 0 ? 'ascending' : 'descending');
      const button = document.createElement('button');
      button.type = 'button';
      button.textContent = name;
      button.addEventListener('click', () => {
        if (state.sortColumn === c) state.sortDir = -state.sortDir;
        else {
          state.sortColumn = c;
          state.sortDir = 1;
        }
        state.page = 0;
        applyView();
        const again = table.tHead.querySelectorAll('button')[c];
        if (again) again.focus();
      });
      th.appendChild(button);
      tr.appendChild(th);
    });
    thead.appendChild(tr);
    const body = table.tBodies[0];
    body.textContent = '';
    const pages = Math.max(1, Math.ceil(state.rows.length / PAGE));
    if (state.page >= pages) state.page = pages - 1;
    const start = state.page * PAGE;
    const slice = state.rows.slice(start, start + PAGE);
    slice.forEach((row) => {
      const line = document.createElement('tr');
      for (let c = 2; c < row.length; c++) {
        const td = document.createElement('td');
        const value = row[c];
        if (c === 2 && row[0] >= 0) {
          const a = document.createElement('a');
          a.href = `doc-${row[0]}.html${row[1] >= 0 ? `#r${row[1]}` : ''}`;
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
    const total = data.rows.length;
    status.textContent = state.rows.length === total ? `${total} rows` : `${state.rows.length} of ${total} rows match`;
    pageInfo.textContent = state.rows.length
      ? `Rows ${start + 1}–${start + slice.length} of ${state.rows.length} (page ${state.page + 1} of ${pages})`
      : 'No rows';
    prev.disabled = state.page === 0;
    next.disabled = state.page >= pages - 1;
  }
  function select(tab, keepFocus) {
    for (let k = 0; k < tabs.length; k++) {
      tabs[k].setAttribute('aria-selected', String(tabs[k] === tab));
      tabs[k].tabIndex = tabs[k] === tab ? 0 : -1;
    }
    if (keepFocus) tab.focus();
    load(tab, () => {
      state.type = tab.getAttribute('data-table');
      state.sortColumn = -1;
      state.sortDir = 1;
      state.page = 0;
      applyView();
    });
  }
  for (let k = 0; k < tabs.length; k++) {
    tabs[k].addEventListener('click', (event) => {
      select(event.currentTarget, false);
    });
    tabs[k].addEventListener('keydown', (event) => {
      const list = Array.prototype.slice.call(tabs);
      const at = list.indexOf(event.currentTarget);
      if (event.key === 'ArrowRight') select(list[(at + 1) % list.length], true);
      else if (event.key === 'ArrowLeft') select(list[(at - 1 + list.length) % list.length], true);
      else return;
      event.preventDefault();
    });
  }
  let filterTimer;
  filterInput.addEventListener('input', () => {
    clearTimeout(filterTimer);
    filterTimer = setTimeout(() => {
      state.filter = filterInput.value.trim();
      state.page = 0;
      if (state.type) applyView();
    }, 150);
  });
  prev.addEventListener('click', () => {
    state.page--;
    render();
  });
  next.addEventListener('click', () => {
    state.page++;
    render();
  });
  const wanted = /^#table-(.+)$/.exec(location.hash);
  let first = tabs[0];
  if (wanted)
    for (let w = 0; w < tabs.length; w++)
      if (tabs[w].getAttribute('data-table') === decodeURIComponent(wanted[1])) first = tabs[w];
  if (first) select(first, false);
})();
