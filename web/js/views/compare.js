// Compare plans: #/compare?a=PLAN&b=PLAN aligns two plans measure by measure. With only b, the same bureau's
// previous plan is looked up and filled in as a; with neither, the user picks plans by searching.

import { h, mount, regionLabel, sameRegion, pct } from '../dom.js';
import * as api from '../api.js';
import { t, label } from '../i18n.js';
import { href, paramsObject } from '../router.js';
import { loading, errorBox, emptyBox, badges, planLink, planTitle } from '../ui.js';
import { columns, similarityBar } from '../diffops.js';

const STATUSES = ['same', 'moved', 'changed', 'split', 'merged', 'added', 'removed'];

export async function render(main, route, ctx) {
  const p = route.params;
  let a = p.get('a') || '';
  const b = p.get('b') || '';
  const onlyChanges = p.get('changes') === '1';
  const out = h('div', { class: 'compare-out', 'aria-live': 'polite' });
  mount(main, h('h1', {}, t('compareTitle')), h('p', { class: 'hint' }, t('compareHelp')),
    pickers(route.params, a, b), out);
  if (!b && !a) {
    mount(out, loading());
    try {
      const pairs = await latestPairs();
      if (ctx.alive()) mount(out, latestList(pairs));
    } catch (err) {
      if (ctx.alive()) mount(out, errorBox(err));
    }
    return;
  }
  mount(out, loading());
  try {
    if (!a || !b) {
      const prev = await previousPlan(b || a, !!b);
      if (!ctx.alive()) return;
      if (!prev) { mount(out, emptyBox(t('noPrevious'))); return; }
      const next = b ? { a: prev.id, b } : { a, b: prev.id };
      location.replace(href('compare', null, { ...paramsObject(p), ...next }));
      return;
    }
    const body = await api.get('/api/compare', { a, b });
    if (!ctx.alive()) return;
    mount(out, comparison(body, route.params, onlyChanges));
  } catch (err) {
    if (ctx.alive()) mount(out, errorBox(err, t('compareHelp')));
  }
}

/** Plans matching a search, deduplicated, from either a unit=plan or a unit=measure response. */
async function findPlans(params) {
  const body = await api.get('/api/search', { unit: 'plan', size: 50, ...params });
  const seen = new Map();
  for (const hit of body.groups || body.hits || []) {
    const id = hit.planId || hit.id;
    if (id && !seen.has(id)) seen.set(id, { id, title: hit.title, year: hit.year, region: hit.region, level: hit.level, kind: hit.kind });
  }
  return [...seen.values()];
}

/** The same bureau's plan just before (or after) the given one: same region and level, nearest other year. */
async function previousPlan(planId, before) {
  const plan = await api.plan(planId);
  const r = plan.region || {};
  // region=浙江省/杭州市/西湖区 pins one node of the tree (names like 朝阳区 repeat across provinces).
  const path = [r.province, r.city, r.county].filter(Boolean).join('/');
  if (!path || !plan.year) return null;
  const candidates = (await findPlans({ q: '', region: path, sort: 'year-desc' }))
    .filter((x) => x.id !== plan.id && sameRegion(x.region, r) && (!plan.level || !x.level || x.level === plan.level))
    .filter((x) => x.year && (before ? x.year < plan.year : x.year > plan.year));
  // Nearest year first; of equal years, the same kind (工作要点 with 工作要点, not with a 工作方案).
  candidates.sort((x, y) => (before ? y.year - x.year : x.year - y.year) || (y.kind === plan.kind) - (x.kind === plan.kind));
  return candidates[0] || null;
}

/** Each bureau (region, level, kind) with plans in two or more years: its latest two, newest bureaus first. */
async function latestPairs() {
  const plans = await findPlans({ q: '', sort: 'year-desc', size: 200 });
  const groups = new Map();
  for (const x of plans) {
    // Plans without a known region (masked "XX市" pages) cannot be told apart by bureau; the ministry has none.
    const place = x.level === 'national' ? label('level', 'national') : regionLabel(x.region);
    if (!x.year || !place) continue;
    x.place = place;
    const key = [place, x.level, x.kind].join('|');
    if (!groups.has(key)) groups.set(key, []);
    const list = groups.get(key);
    if (list.length < 2 && !list.some((y) => y.year === x.year)) list.push(x);
  }
  return [...groups.values()].filter((l) => l.length === 2).map(([newer, older]) => ({ a: older, b: newer }));
}

function latestList(pairs) {
  if (!pairs.length) return emptyBox(t('noPairs'), t('compareHelp'));
  return h('section', { class: 'card', id: 'latest-pairs' }, h('h2', {}, t('latestPairs')),
    h('ul', { class: 'latest' }, pairs.map(({ a, b }) => h('li', {},
      h('a', { href: href('compare', null, { a: a.id, b: b.id }) }, `${a.place} · ${a.kind || ''} · ${a.year} → ${b.year}`),
      h('div', { class: 'muted small-link' }, planTitle(b))))));
}

function pickers(params, a, b) {
  const grid = h('div', { class: 'pickers grid2' },
    picker('a', t('planA'), a, params),
    picker('b', t('planB'), b, params),
    a && b ? h('a', { class: 'btn small swap', href: href('compare', null, { ...paramsObject(params), a: b, b: a }) }, '⇄ ' + t('swap')) : null);
  return h('details', { class: 'change-plans', open: !(a && b) }, h('summary', {}, t('changePlans')), grid);
}

function picker(key, title, current, params) {
  const input = h('input', { type: 'text', id: 'pick-' + key, placeholder: t('pickPlan'), autocomplete: 'off', 'aria-label': title });
  const list = h('ul', { class: 'pick-list' });
  const form = h('form', { class: 'pick' }, input, h('button', { type: 'submit', class: 'btn small' }, t('searchButton')));
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    mount(list, loading());
    try {
      const plans = await findPlans({ q: input.value.trim() });
      mount(list, plans.length ? plans.slice(0, 12).map((x) => h('li', {},
        h('a', { href: href('compare', null, { ...paramsObject(params), [key]: x.id }) },
          `${x.year ?? ''} ${planTitle(x)}`), ' ', h('span', { class: 'muted' }, regionLabel(x.region))))
        : emptyBox(t('noResults')));
    } catch (err) {
      mount(list, errorBox(err));
    }
  });
  return h('div', { class: 'card picker' }, h('h2', {}, title),
    current ? h('p', { class: 'mono muted' }, current) : null, form, list);
}

function meta(x) {
  return x && (x.meta || x.plan || x);
}

function comparison(body, params, onlyChanges) {
  const summary = body.summary || {};
  const pairs = (body.pairs || []).filter((pair) => !onlyChanges || pair.status !== 'same');
  const toggle = h('input', { type: 'checkbox', id: 'only-changes', checked: onlyChanges });
  toggle.addEventListener('change', () => {
    location.hash = href('compare', null, { ...paramsObject(params), changes: toggle.checked ? '1' : null });
  });
  const A = meta(body.a) || {};
  const B = meta(body.b) || {};
  return [
    h('div', { class: 'compare-heads grid2' },
      h('div', { class: 'card' }, h('h2', {}, 'A · ', planLink(A.id, planTitle(A))), badges(A)),
      h('div', { class: 'card' }, h('h2', {}, 'B · ', planLink(B.id, planTitle(B))), badges(B))),
    typeof summary.similarity === 'number' ? similarityBar(summary.similarity) : null,
    summaryBar(summary),
    renames(body.renamedHeadings || []),
    h('div', { class: 'results-head' }, h('label', { class: 'inline filter' }, toggle, ' ', t('onlyChanges')),
      h('span', { class: 'btn-row' },
        B.issuer ? h('a', { class: 'btn small', id: 'chain-link', href: href('chain', null, { bureau: B.issuer }) }, t('chainLink')) : null,
        h('a', { class: 'btn small', id: 'compare-csv', href: api.apiUrl('/api/compare', { a: A.id, b: B.id, format: 'csv' }),
          download: 'planscope-compare.csv' }, t('exportCsv')))),
    pairs.length ? h('div', { class: 'pairs', role: 'table' }, pairs.map(pairRow)) : emptyBox(t('noData')),
  ];
}

/** Headings B words differently from A: a rename, not a "same" under another name. */
function renames(list) {
  if (!list.length) return null;
  return h('section', { class: 'card', id: 'renamed-headings' }, h('h2', {}, t('renamedHeadings')),
    h('ul', { class: 'renames' }, list.map((r) => h('li', { class: 'rename' },
      h('del', {}, r.a), ' → ', h('ins', {}, r.b), ' ', h('span', { class: 'muted' }, t('measureCount', { n: r.measures }))))));
}

function summaryBar(summary) {
  const total = STATUSES.reduce((n, s) => n + (summary[s] || 0), 0) || 1;
  return h('div', { class: 'summary-bar-wrap', id: 'compare-summary' },
    h('div', { class: 'summary-bar', role: 'img', 'aria-label': STATUSES.map((s) => `${label('status', s)} ${summary[s] || 0}`).join(', ') },
      STATUSES.filter((s) => summary[s]).map((s) => h('span', { class: 'seg-' + s, style: `width:${(100 * summary[s] / total).toFixed(2)}%`, title: `${label('status', s)} ${summary[s]}` }))),
    h('ul', { class: 'summary-legend' }, STATUSES.map((s) => h('li', {},
      h('span', { class: 'swatch seg-' + s }), `${label('status', s)} `, h('strong', { 'data-status': s }, String(summary[s] || 0))))));
}

function cell(m, nodes, side) {
  if (!m) return h('div', { class: 'cell empty-cell', role: 'cell' });
  return h('div', { class: 'cell', role: 'cell' },
    m.path && m.path.length ? h('div', { class: 'path' }, m.path.join(' › ')) : null,
    h('div', { class: 'cell-text' }, nodes || (m.text || '')),
    m.id ? h('a', { class: 'small-link mono', href: href('measure', m.id), 'aria-label': side + ' ' + m.id }, m.label || '') : null);
}

function pairRow(pair) {
  const status = pair.status || 'same';
  // Changed and moved rows carry ops; show them whenever they hold an actual change.
  const edited = (pair.ops || []).some((o) => o.op !== 'equal');
  const [left, right] = edited && pair.a && pair.b ? columns(pair.ops) : [null, null];
  return h('div', { class: 'pair st-' + status, role: 'row', 'data-status': status },
    h('div', { class: 'pair-status', role: 'cell' }, h('span', { class: 'badge st-badge-' + status }, label('status', status)),
      pair.similarity !== undefined && pair.similarity !== null && status !== 'added' && status !== 'removed'
        ? h('span', { class: 'muted' }, pct(pair.similarity)) : null),
    cell(pair.a, left, 'A'),
    cell(pair.b, right, 'B'));
}
