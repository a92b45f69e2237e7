// Search: query box, facet sidebar (multi-select, region tree), highlighted results, unit toggle, sort, paging.

import { h, mount, snippetNodes } from '../dom.js';
import { get, apiUrl } from '../api.js';
import { t, label } from '../i18n.js';
import { href, paramsObject } from '../router.js';
import { loading, errorBox, emptyBox, badges, pathLine, queryForm, dutiesLine, planTitle } from '../ui.js';
import { dimensions } from '../schema.js';

const PAGE_SIZE = 20;
const FACET_TOP = 8;
const expanded = new Set(); // region tree nodes the user opened, kept across renders

export async function render(main, route, ctx) {
  let dims;
  try {
    dims = await dimensions(); // the filters and facets the server has (GET /api/schema)
  } catch (err) {
    if (ctx.alive()) mount(main, errorBox(err));
    return;
  }
  if (!ctx.alive()) return;
  const filterParams = dims.map((d) => d.name);
  const p = route.params;
  const state = paramsObject(p);
  const q = p.get('q') || '';
  const unit = p.get('unit') === 'plan' ? 'plan' : 'measure';
  const sort = p.get('sort') || 'relevance';
  const page = Math.max(1, parseInt(p.get('page') || '1', 10) || 1);

  const { form, input } = queryForm({ name: 'search', value: q, placeholder: t('searchPlaceholder'),
    extra: keep(state, ['unit', 'sort', ...filterParams]) });
  const sidebar = h('aside', { class: 'facets', 'aria-label': t('facets') }, loading());
  const results = h('section', { class: 'results', 'aria-live': 'polite' }, loading());
  const hint = t('syntaxHint', { filters: dims.map((d) => d.example).join(' ') });
  mount(main,
    h('div', { class: 'search-head' }, form, h('p', { class: 'hint' }, hint), controls(state, unit, sort)),
    h('div', { class: 'search-body' }, sidebar, results));
  if (p.get('focus') || !q) input.focus();

  const apiParams = { q, unit, sort: sort === 'relevance' ? null : sort, page, size: PAGE_SIZE };
  for (const param of filterParams) apiParams[param] = state[param];
  const started = performance.now();
  let body;
  try {
    body = await get('/api/search', apiParams);
  } catch (err) {
    if (!ctx.alive()) return;
    mount(results, errorBox(err));
    mount(sidebar, h('h2', {}, t('facets')), clearLink(state, filterParams));
    return;
  }
  if (!ctx.alive()) return;
  main.dataset.ms = String(Math.round(performance.now() - started));
  mount(sidebar, facetSidebar(dims, body.facets || {}, state));
  mount(results, resultList(body, state, unit, page, apiParams));
}

function keep(state, keys) {
  const o = {};
  for (const k of keys) if (state[k]) o[k] = state[k];
  return o;
}

function withParams(state, changes) {
  const next = { ...state, ...changes };
  delete next.focus;
  return href('search', null, next);
}

function controls(state, unit, sort) {
  const unitGroup = h('div', { class: 'seg', role: 'group', 'aria-label': t('unit') },
    ['measure', 'plan'].map((u) => h('a', { class: 'seg-btn', href: withParams(state, { unit: u === 'measure' ? null : u, page: null }),
      'aria-current': unit === u ? 'true' : null }, t(u === 'measure' ? 'unitMeasure' : 'unitPlan'))));
  const select = h('select', { id: 'sort', 'aria-label': t('sort') },
    [['relevance', 'sortRelevance'], ['year-desc', 'sortYearDesc'], ['year-asc', 'sortYearAsc'],
      ['published-desc', 'sortPublishedDesc'], ['published-asc', 'sortPublishedAsc']]
      .map(([v, k]) => h('option', { value: v, selected: v === sort }, t(k))));
  select.addEventListener('change', () => {
    location.hash = withParams(state, { sort: select.value === 'relevance' ? null : select.value, page: null });
  });
  return h('div', { class: 'controls' }, unitGroup, h('label', { class: 'inline' }, t('sort') + ' ', select));
}

function clearLink(state, filterParams) {
  const any = filterParams.some((k) => state[k]);
  if (!any) return null;
  const cleared = {};
  for (const k of filterParams) cleared[k] = null;
  return h('a', { class: 'clear', href: withParams(state, { ...cleared, page: null }) }, t('clearFilters'));
}

/** The sidebar folds away on a phone (a summary line with the number of active filters) and is open on a laptop. */
function facetSidebar(dims, facets, state) {
  const shown = dims.filter((d) => d.facet && facets[d.facet] && facets[d.facet].length);
  const filterParams = dims.map((d) => d.name);
  const active = filterParams.reduce((n, k) => n + (state[k] || []).length, 0);
  const wide = window.matchMedia('(min-width: 861px)').matches;
  return h('details', { class: 'facet-panel', open: wide },
    h('summary', {}, h('h2', {}, t('facets'), active ? ` (${active})` : '')), clearLink(state, filterParams),
    shown.map((d) => facetGroup(d, facets[d.facet], state)));
}

/** One dimension's values: the region as a tree, the others as a list (years newest first). */
function facetGroup(dim, values, state) {
  const selected = new Set(state[dim.name] || []);
  const body = h('div', { class: 'facet-values' });
  body.appendChild(dim.shape === 'tree' ? regionTree(values, dim.name, selected, state)
    : flatList(dim, values, selected, state));
  return h('fieldset', { class: 'facet', 'data-facet': dim.facet }, h('legend', {}, t(dim.name)), body);
}

/** A closed vocabulary's value (level, section type) and "unknown" in the interface language; others as written. */
function facetValueLabel(dim, v) {
  if ((dim.values || []).length) return label(dim.name, v.value);
  if (String(v.value) === 'unknown') return t('unknown');
  return v.label || v.value;
}

function flatList(dim, values, selected, state) {
  const ul = h('ul', {});
  // Years newest first, with "unknown" (not a number) last.
  const yearKey = (v) => (/^\d+$/.test(String(v.value)) ? +v.value : -1);
  const sorted = dim.shape === 'years' ? [...values].sort((a, b) => yearKey(b) - yearKey(a)) : values;
  sorted.forEach((v, i) => {
    const li = h('li', {}, checkbox(dim.name, v, facetValueLabel(dim, v), selected, state));
    if (i >= FACET_TOP && !selected.has(String(v.value))) li.hidden = true;
    ul.appendChild(li);
  });
  if (sorted.length > FACET_TOP) {
    const more = h('button', { type: 'button', class: 'link-btn' }, t('showMore'));
    more.addEventListener('click', () => {
      const opening = more.textContent === t('showMore');
      [...ul.children].forEach((li, i) => { if (i >= FACET_TOP && !li.querySelector('input').checked) li.hidden = !opening; });
      more.textContent = opening ? t('showLess') : t('showMore');
    });
    return h('div', {}, ul, more);
  }
  return ul;
}

function checkbox(param, v, text, selected, state, value = String(v.value)) {
  const on = selected.has(value);
  // "unknown" buckets are counted but the API cannot filter on them (year=unknown is a 400): shown, not clickable.
  const inert = value === 'unknown' || value.endsWith('/unknown');
  const input = h('input', { type: 'checkbox', checked: on, value, disabled: inert, title: inert ? t('cannotFilter') : null });
  input.addEventListener('change', () => {
    const now = new Set(state[param] || []);
    if (input.checked) now.add(value); else now.delete(value);
    location.hash = withParams(state, { [param]: [...now], page: null });
  });
  return h('label', { class: 'facet-value' + (on ? ' on' : '') }, input,
    h('span', { class: 'fv-label' }, text), h('span', { class: 'count' }, String(v.count ?? '')));
}

/** Province › city › county as nested lists; a node opens when the user asks or when something below is selected. */
function regionTree(nodes, param, selected, state, depth = 0, parent = '') {
  const ul = h('ul', { class: depth ? 'tree-children' : 'tree', role: depth ? 'group' : null });
  for (const node of nodes) {
    const kids = node.children || [];
    // Children come as bare names (西湖区); the filter takes a path (浙江省/杭州市/西湖区) so 朝阳区 means one place.
    const raw = String(node.value);
    const id = parent && !raw.includes('/') ? parent + '/' + raw : raw;
    const open = expanded.has(id) || [...selected].some((v) => v.startsWith(id + '/'));
    const li = h('li', {});
    const row = h('div', { class: 'tree-row' });
    if (kids.length) {
      const toggle = h('button', { type: 'button', class: 'twisty', 'aria-expanded': String(open),
        'aria-label': t('expand') + ' ' + (node.label || id) }, open ? '▾' : '▸');
      toggle.addEventListener('click', () => {
        const sub = li.querySelector(':scope > ul');
        const nowOpen = sub.hidden;
        sub.hidden = !nowOpen;
        toggle.textContent = nowOpen ? '▾' : '▸';
        toggle.setAttribute('aria-expanded', String(nowOpen));
        if (nowOpen) expanded.add(id); else expanded.delete(id);
      });
      row.appendChild(toggle);
    } else {
      row.appendChild(h('span', { class: 'twisty-space' }));
    }
    // Below a province or city, "unknown" is what no child holds (its own plans, or no place named): 其他/未定.
    const text = raw === 'unknown' ? t(depth ? 'unplaced' : 'unknown') : node.label || raw;
    row.appendChild(checkbox(param, node, text, selected, state, id));
    li.appendChild(row);
    if (kids.length) {
      const sub = regionTree(kids, param, selected, state, depth + 1, id);
      sub.hidden = !open;
      li.appendChild(sub);
    }
    ul.appendChild(li);
  }
  return ul;
}

function resultList(body, state, unit, page, apiParams) {
  const total = body.total ?? 0;
  const plans = body.plans ?? 0;
  // unit=plan: `groups` holds the page of plans, each with its best measures in `hits`.
  const hits = unit === 'plan' && Array.isArray(body.groups)
    ? body.groups.map((g) => ({ ...g, measures: g.hits || [] }))
    : body.hits || [];
  const summary = h('p', { class: 'summary', id: 'summary' },
    unit === 'plan' ? t('foundPlans', { n: total, m: plans }) : t('found', { n: total, m: plans }));
  const csv = h('a', { class: 'btn small', href: apiUrl('/api/search', { ...apiParams, page: null, size: null, format: 'csv' }),
    download: 'planscope-search.csv' }, t('exportCsv'));
  if (!hits.length) {
    return [h('div', { class: 'results-head' }, summary), emptyBox(t('noResults'), t('noResultsHelp'))];
  }
  const count = unit === 'plan' ? plans || total : total;
  const pages = Math.max(1, Math.ceil(count / (body.size || PAGE_SIZE)));
  return [
    h('div', { class: 'results-head' }, summary, h('span', { class: 'btn-row' }, csv,
      // The plans found, as citations for Zotero or EndNote (at most the first 200 plans).
      h('a', { class: 'btn small', id: 'cite-search-ris', href: apiUrl('/api/cite', { ...apiParams, unit: null, page: null, size: null, format: 'ris' }),
        download: 'planscope-citations.ris' }, t('exportRis')))),
    h('ol', { class: 'hits', start: (page - 1) * (body.size || PAGE_SIZE) + 1 },
      hits.map((hit) => (Array.isArray(hit.measures) ? planHit(hit, apiParams.q || '') : measureHit(hit, apiParams.q || '')))),
    pager(state, page, pages),
  ];
}

function measureHit(hit, query = '') {
  return h('li', { class: 'hit', 'data-measure': hit.measureId },
    // The plan view marks the query's words (q) and scrolls to the hit (m).
    h('h3', {}, h('a', { href: href('plan', hit.planId, { m: hit.measureId, q: query }) }, planTitle(hit))),
    badges(hit),
    pathLine(hit.path),
    whereLine(hit),
    h('p', { class: 'snippet' }, snippetNodes(hit.snippet || hit.text)),
    dutiesLine(hit),
    matchedLine(hit.matched, query),
    hitActions(hit));
}

/**
 * Where the wording was found when it is not (only) the text: a heading above the measure (shown marked) or the plan's
 * title, so a quoted heading's hit does not look like a miss.
 */
function whereLine(hit) {
  const where = hit.matchedIn || [];
  if (!where.length || (where.length === 1 && where[0] === 'text')) return null;
  return h('p', { class: 'where muted' }, t('matchIn') + ' ', where.map((w) => t('in_' + w)).join(' · '),
    hit.headingSnippet ? h('span', { class: 'where-heading' }, ' — ', snippetNodes(hit.headingSnippet)) : null);
}

/** Why it matched: the original wording of each match (a traditional original shows its own characters). */
function matchedLine(matched, query) {
  const uniq = [...new Set(matched || [])];
  // Only worth a line when the text matched in other wording than typed (traditional script, width, punctuation).
  if (!uniq.length || uniq.every((w) => query.includes(w))) return null;
  return h('p', { class: 'matched muted' }, t('matched') + ' ', uniq.slice(0, 6).map((w) => h('code', {}, w)));
}

function hitActions(hit) {
  return h('div', { class: 'actions' },
    hit.measureId ? h('a', { href: href('measure', hit.measureId) }, t('similar')) : null,
    hit.original ? h('a', { href: hit.original, rel: 'noopener' }, t('original')) : null);
}

function planHit(hit, query = '') {
  const planId = hit.planId || hit.id;
  return h('li', { class: 'hit plan-hit', 'data-plan': planId },
    h('h3', {}, h('a', { href: href('plan', planId, { q: query }) }, planTitle(hit))),
    badges({ ...hit, sectionType: null }),
    hit.matches ? h('span', { class: 'muted small-link' }, ' ' + t('measureCount', { n: hit.matches })) : null,
    h('ul', { class: 'sub-hits', 'aria-label': t('measuresInPlan') }, hit.measures.map((m) =>
      h('li', {}, pathLine(m.path), whereLine(m), h('p', { class: 'snippet' }, snippetNodes(m.snippet || m.text)),
        hitActions({ ...m, original: null })))),
    hitActions({ original: hit.original }));
}

function pager(state, page, pages) {
  if (pages <= 1) return null;
  const link = (n, text, rel) => h('a', { class: 'btn small', href: withParams(state, { page: n === 1 ? null : n }), rel }, text);
  const nums = [];
  const from = Math.max(1, page - 3);
  const to = Math.min(pages, page + 3);
  for (let n = from; n <= to; n++) {
    nums.push(n === page ? h('span', { class: 'btn small current', 'aria-current': 'page' }, String(n)) : link(n, String(n)));
  }
  return h('nav', { class: 'pager', 'aria-label': t('pageOf', { p: page, n: pages }) },
    page > 1 ? link(page - 1, t('prev'), 'prev') : null,
    nums,
    page < pages ? link(page + 1, t('next'), 'next') : null,
    h('span', { class: 'muted' }, t('pageOf', { p: page, n: pages })));
}
