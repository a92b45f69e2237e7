// DOM helpers. Document text is untrusted: it only ever becomes text nodes (textContent), never HTML.

/**
 * Builds an element. attrs: plain attributes, plus `class`, `on<event>` handlers and `dataset`-free `data-*` strings.
 * children: strings (become text nodes), nodes, arrays of either, or null/false (skipped).
 */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k.startsWith('on') && typeof v === 'function') el.addEventListener(k.slice(2), v);
    else if (k === 'class') el.className = v;
    else if (k === 'value') el.value = v;
    else if (k === 'checked' || k === 'selected' || k === 'disabled' || k === 'open') el[k] = !!v;
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    if (Array.isArray(c)) append(el, c);
    else if (c instanceof Node) el.appendChild(c);
    else el.appendChild(document.createTextNode(String(c)));
  }
}

/** Replaces the content of el with the given children. */
export function mount(el, ...children) {
  el.replaceChildren();
  append(el, children);
  return el;
}

const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'", '#x27': "'", '#34': '"', '#x2F': '/' };

function decodeEntities(s) {
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z0-9]+);/g, (m, name) => {
    if (name in ENTITIES) return ENTITIES[name];
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      if (Number.isFinite(code) && code > 0 && code < 0x110000) return String.fromCodePoint(code);
    }
    return m;
  });
}

/**
 * Turns the API's snippet (HTML-escaped text whose only tags are <mark> and </mark>) into nodes. It is checked
 * first: any other tag, or unbalanced marks, and the whole snippet is shown as plain text without highlights.
 * No string is ever parsed as HTML: text parts become text nodes, marks become <mark> elements.
 */
export function snippetNodes(snippet) {
  const s = String(snippet ?? '');
  const parts = s.split(/(<mark>|<\/mark>)/);
  let open = false;
  let safe = true;
  for (const p of parts) {
    if (p === '<mark>') { if (open) safe = false; open = true; }
    else if (p === '</mark>') { if (!open) safe = false; open = false; }
    else if (/[<>]/.test(p)) safe = false;
  }
  if (!safe || open) return [document.createTextNode(decodeEntities(s.replace(/<\/?mark>/g, '')))];
  const out = [];
  let inMark = false;
  for (const p of parts) {
    if (p === '<mark>') inMark = true;
    else if (p === '</mark>') inMark = false;
    else if (p) out.push(inMark ? h('mark', {}, decodeEntities(p)) : document.createTextNode(decodeEntities(p)));
  }
  return out;
}

/** Text with [start,end) ranges wrapped in <mark>; ranges may overlap and come unsorted. */
export function highlightRanges(text, ranges, cls = 'shared') {
  const t = String(text ?? '');
  const marks = new Uint8Array(t.length);
  for (const [s, e] of ranges || []) {
    for (let i = Math.max(0, s); i < Math.min(t.length, e); i++) marks[i] = 1;
  }
  const out = [];
  let i = 0;
  while (i < t.length) {
    let j = i;
    while (j < t.length && marks[j] === marks[i]) j++;
    const piece = t.slice(i, j);
    out.push(marks[i] ? h('mark', { class: cls }, piece) : document.createTextNode(piece));
    i = j;
  }
  return out;
}

/** Splits text into runs, wrapping digit runs (Arabic, full-width, Chinese numerals with %) in <strong class=num>. */
export function numberEmphasis(text) {
  const out = [];
  const re = /[0-9０-９][0-9０-９.,，．%％]*|[零〇一二三四五六七八九十百千万亿两]+(?=[个所名人项万%％次年月日倍家条批])/g;
  let last = 0;
  let m;
  while ((m = re.exec(text))) {
    if (m.index > last) out.push(document.createTextNode(text.slice(last, m.index)));
    out.push(h('strong', { class: 'num' }, m[0]));
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push(document.createTextNode(text.slice(last)));
  return out;
}

/** A region object {province,city,county} as "浙江省 › 杭州市 › 西湖区". */
export function regionLabel(r) {
  if (!r) return '';
  if (typeof r === 'string') return r;
  if (r.label) return r.label;
  return [r.province, r.city, r.county].filter(Boolean).join(' › ');
}

/** The most specific region name, or ''. */
export function regionLeaf(r) {
  if (!r || typeof r === 'string') return r || '';
  return r.county || r.city || r.province || '';
}

export function sameRegion(a, b) {
  if (!a || !b) return false;
  return (a.province || '') === (b.province || '') && (a.city || '') === (b.city || '') && (a.county || '') === (b.county || '');
}

/** A list that may come bare or wrapped in an object under one of the keys. */
export function listOf(body, ...keys) {
  if (Array.isArray(body)) return body;
  for (const k of keys) if (body && Array.isArray(body[k])) return body[k];
  return [];
}

export function pct(x, digits = 0) {
  if (x === null || x === undefined || Number.isNaN(+x)) return '–';
  return (x * 100).toFixed(digits) + '%';
}
