// Plan: metadata, sources, the stored original, a GB/T 7714 citation, and the collapsible outline of measures.
// Arriving from a search (#/plan/ID?q=…&m=…), the query's words are marked where the server found them (marks),
// and a find-in-plan box marks any wording typed into it.

import { h, mount, regionLabel } from '../dom.js';
import * as api from '../api.js';
import { t, label } from '../i18n.js';
import { href } from '../router.js';
import { loading, errorBox, badge, copyButton, dutiesLine, planTitle } from '../ui.js';

export async function render(main, route, ctx) {
  mount(main, loading());
  let plan;
  try {
    plan = await loadPlan(route.id, route.params.get('q'));
  } catch (err) {
    if (ctx.alive()) mount(main, errorBox(err, ''), h('p', {}, h('a', { href: href('search') }, t('navSearch'))));
    return;
  }
  if (!ctx.alive()) return;
  const focusId = route.params.get('m');
  const marks = plan.marks || { title: [], headings: {}, measures: {} };
  const texts = [];
  mount(main,
    h('article', { class: 'plan' },
      h('h1', {}, plan.title ? markable(plan.title, marks.title, texts) : planTitle(plan)),
      h('div', { class: 'plan-actions' },
        h('a', { class: 'btn', href: originalUrl(plan), rel: 'noopener' }, t('original')),
        h('a', { class: 'btn', href: href('compare', null, { b: plan.id }) }, t('comparePrev'))),
      h('div', { class: 'plan-top' }, metaList(plan), citationBox(plan)),
      sourcesList(plan),
      findBar(route, texts),
      outline(plan, focusId, marks, texts)));
  const target = focusId ? main.querySelector(`[data-measure="${CSS.escape(focusId)}"]`) : main.querySelector('mark.q');
  if (target) { target.scrollIntoView({ block: 'center' }); if (focusId) target.focus({ preventScroll: true }); }
}

/** A text node the find box can re-mark: its text, the query's spans, and the element that shows it. */
function markable(text, qSpans, texts) {
  const el = h('span', { class: 'markable' }, marked(text, qSpans || [], []));
  texts.push({ el, text, qSpans: qSpans || [] });
  return el;
}

/** Text with the query's spans (mark.q) and the find box's (mark.find, on top). */
function marked(text, qSpans, findSpans) {
  const kind = new Uint8Array(text.length);
  for (const [s, e] of qSpans) kind.fill(1, Math.max(0, s), Math.min(text.length, e));
  for (const [s, e] of findSpans) kind.fill(2, Math.max(0, s), Math.min(text.length, e));
  const out = [];
  for (let i = 0; i < text.length;) {
    let j = i;
    while (j < text.length && kind[j] === kind[i]) j++;
    const piece = text.slice(i, j);
    out.push(kind[i] ? h('mark', { class: kind[i] === 2 ? 'find' : 'q' }, piece) : document.createTextNode(piece));
    i = j;
  }
  return out;
}

/** Where the search's words are marked, and a box to find any wording in this plan (Enter: next match). */
function findBar(route, texts) {
  const q = route.params.get('q');
  const count = h('span', { class: 'muted', id: 'find-count', 'aria-live': 'polite' });
  const box = h('input', { type: 'search', id: 'plan-find', placeholder: t('findInPlan'), 'aria-label': t('findInPlan') });
  let at = -1;
  box.addEventListener('input', () => { at = -1; count.textContent = find(box.value, texts); });
  box.addEventListener('keydown', (e) => {
    if (e.key !== 'Enter') return;
    e.preventDefault();
    const hits = [...document.querySelectorAll('mark.find')];
    if (!hits.length) return;
    at = (at + 1) % hits.length;
    hits[at].closest('details')?.setAttribute('open', '');
    hits[at].scrollIntoView({ block: 'center' });
    count.textContent = t('findAt', { i: at + 1, n: hits.length });
  });
  const qCount = texts.reduce((n, x) => n + x.qSpans.length, 0);
  return h('div', { class: 'card find-bar' },
    q ? h('p', { id: 'query-marks' }, t('queryMarked', { q, n: qCount }), ' ',
      h('a', { href: href('plan', route.id, { m: route.params.get('m') }) }, t('clearMarks'))) : null,
    h('label', { class: 'inline' }, box, ' ', count));
}

/** Marks every occurrence of needle (case-insensitive) in the plan's texts; returns the count line. */
function find(needle, texts) {
  const want = needle.trim().toLowerCase();
  let n = 0;
  for (const x of texts) {
    const spans = [];
    if (want) {
      const hay = x.text.toLowerCase();
      for (let i = hay.indexOf(want); i >= 0; i = hay.indexOf(want, i + want.length)) spans.push([i, i + want.length]);
    }
    n += spans.length;
    mount(x.el, marked(x.text, x.qSpans, spans));
  }
  return want ? t('findCount', { n }) : '';
}

/** A plan just uploaded becomes visible within about a second (near-real-time reopen): retry a 404 twice. */
async function loadPlan(id, q) {
  for (let attempt = 0; ; attempt++) {
    try {
      return await api.plan(id, q);
    } catch (err) {
      if (err.status !== 404 || attempt >= 2) throw err;
      await new Promise((resolve) => setTimeout(resolve, 700));
    }
  }
}

function originalUrl(plan) {
  return plan.original || '/api/plans/' + encodeURIComponent(plan.id) + '/original';
}

function metaList(plan) {
  const rows = [
    ['year', plan.year],
    ['period', periodText(plan.period)],
    ['published', plan.published],
    ['level', plan.level ? label('level', plan.level) : null],
    ['region', regionLabel(plan.region)],
    ['bureau', plan.bureau],
    ['kind', plan.kind],
    ['planId', plan.id],
  ].filter(([, v]) => v !== null && v !== undefined && v !== '');
  return h('section', { class: 'card' }, h('h2', {}, t('planMeta')),
    h('dl', { class: 'meta' }, rows.map(([k, v]) => [h('dt', {}, t(k)), h('dd', {}, String(v))])));
}

function periodText(period) {
  if (!period) return null;
  const span = period.start && period.end && period.start !== period.end ? `${period.start}–${period.end}` : period.start || '';
  return [span, period.kind ? label('period', period.kind) : null].filter(Boolean).join(' · ');
}

function sources(plan) {
  const list = (plan.sources || []).map((x) => (typeof x === 'string' ? { uri: x } : x));
  if (list.length) return list;
  return plan.source ? [{ uri: plan.source }] : [];
}

function sourcesList(plan) {
  const list = sources(plan);
  if (!list.length) return null;
  return h('section', { class: 'card' }, h('h2', {}, t('sources')),
    h('ul', { class: 'sources' }, list.map((s) => h('li', {},
      /^https?:\/\//.test(s.uri || '') ? h('a', { href: s.uri, rel: 'noopener noreferrer', target: '_blank' }, s.uri) : h('span', {}, s.uri || ''),
      s.fetchedAt ? h('span', { class: 'muted' }, ` · ${t('fetchedAt')} ${String(s.fetchedAt).slice(0, 10)}`) : null,
      s.documentId ? [' · ', h('a', { href: '/api/documents/' + encodeURIComponent(s.documentId) + '/original' }, t('original'))] : null))));
}

/**
 * The citation the server writes (GET /api/plans/{id}/cite: GB/T 7714 for an online document, the source URL, else
 * the archived copy), with RIS and CSL-JSON downloads for Zotero and EndNote.
 */
function citationBox(plan) {
  const text = h('p', { class: 'cite-text', id: 'citation' }, '…');
  const path = '/api/plans/' + encodeURIComponent(plan.id) + '/cite';
  api.text(path).then((body) => { text.textContent = body.trim(); }, (err) => { text.textContent = err.message; });
  return h('section', { class: 'card citation' }, h('h2', {}, t('citation')), text,
    h('span', { class: 'btn-row' }, copyButton(() => text.textContent),
      h('a', { class: 'btn small', id: 'cite-ris', href: api.apiUrl(path, { format: 'ris' }), download: '' }, 'RIS'),
      h('a', { class: 'btn small', id: 'cite-csl', href: api.apiUrl(path, { format: 'csl-json' }), download: '' }, 'CSL-JSON')));
}

function outline(plan, focusId, marks, texts) {
  const byId = new Map((plan.measures || []).map((m) => [m.id, m]));
  const framing = plan.preamble || [];
  // a measure's place in reading order, so items and sections stand where the text has them
  const order = new Map((plan.measures || []).map((m, i) => [m.id, i]));
  const ctx = { byId, focusId, marks, texts, order };
  const inSections = new Set();
  const collect = (s) => { (s.measureIds || []).forEach((id) => inSections.add(id)); (s.children || []).forEach(collect); };
  (plan.sections || []).forEach(collect);
  const loose = (plan.measures || []).filter((m) => !inSections.has(m.id)).map((m) => m.id);
  const tree = h('div', { class: 'outline' },
    // the text before the first heading: shown and searchable, not counted as measures
    framing.length ? h('div', { class: 'preamble' }, h('div', { class: 'preamble-label' }, label('section', 'preamble')),
      h('ul', { class: 'measures' }, framing.map((m) => measureItem(m, ctx)))) : null,
    inOrder(loose, plan.sections || [], ctx));
  const setAll = (open) => tree.querySelectorAll('details').forEach((d) => { d.open = open; });
  return h('section', { class: 'card' },
    h('div', { class: 'card-head' },
      h('h2', {}, t('outline'), ' ', badge(t('measureCount', { n: (plan.measures || []).length }), 'b-year')),
      h('span', { class: 'btn-row' },
        h('button', { type: 'button', class: 'btn small', onclick: () => setAll(true) }, t('expandAll')),
        h('button', { type: 'button', class: 'btn small', onclick: () => setAll(false) }, t('collapseAll')))),
    tree);
}

// Measures (by id) and sections in reading order: a section stands where its first measure does; consecutive
// measures share one list.
function inOrder(measureIds, sections, ctx) {
  const firstOf = (s) => Math.min(...(s.measureIds || []).map((id) => ctx.order.get(id) ?? Infinity),
    ...(s.children || []).map(firstOf), Infinity);
  const entries = [
    ...sections.map((s) => ({ at: firstOf(s), section: s })),
    ...measureIds.map((id) => ctx.byId.get(id)).filter(Boolean).map((m) => ({ at: ctx.order.get(m.id), m })),
  ].sort((a, b) => a.at - b.at);
  const runs = [];
  for (const e of entries) {
    const last = runs[runs.length - 1];
    if (e.m && last && last.items) last.items.push(e.m);
    else runs.push(e.m ? { items: [e.m] } : e);
  }
  return runs.map((r) => (r.items
    ? h('ol', { class: 'measures' }, r.items.map((m) => measureItem(m, ctx)))
    : sectionNode(r.section, ctx)));
}

function sectionNode(section, ctx) {
  const heading = section.heading || '';
  return h('details', { class: 'section s-' + (section.type || 'other'), open: true },
    h('summary', {}, h('span', { class: 'heading' }, markable(heading, ctx.marks.headings[heading], ctx.texts)),
      section.type ? badge(label('section', section.type), 'b-section s-' + section.type) : null),
    inOrder(section.measureIds || [], section.children || [], ctx));
}

function measureItem(m, ctx) {
  const text = m.text || '';
  const showLabel = m.label && !text.startsWith(m.label);
  return h('li', { class: 'measure' + (m.id === ctx.focusId ? ' focused' : ''), 'data-measure': m.id, tabindex: '-1' },
    showLabel ? h('span', { class: 'label' }, m.label + ' ') : null,
    h('span', { class: 'mtext' }, markable(text, ctx.marks.measures[m.id], ctx.texts)),
    dutiesLine(m),
    h('span', { class: 'measure-tools' },
      (m.topics || []).map((x) => badge(x, 'b-topic')),
      h('a', { href: href('measure', m.id), class: 'small-link' }, t('similar'))));
}
