// Concordance (KWIC): every occurrence of an exact phrase with its left and right context, sortable by either side.

import { h, mount, regionLabel, listOf } from '../dom.js';
import * as api from '../api.js';
import { t } from '../i18n.js';
import { href, paramsObject } from '../router.js';
import { loading, errorBox, emptyBox, queryForm, planLink } from '../ui.js';

const COLLATOR = new Intl.Collator('zh-CN');

/** A query of plain words only: no quotes, filters (region:…), OR, brackets or exclusions. */
export function isBare(q) {
  return !/[":：()（）]|\sOR\s|(^|\s)-/.test(q.trim());
}

/**
 * The concordance lines up exact wording: a bare 课后服务 is sent as "课后服务"; a query with quotes or filters
 * ("课后服务" region:浙江 year:2023) goes as typed, so it takes the same filters as the search.
 */
export function quoted(q) {
  const s = q.trim();
  return isBare(s) ? `"${s}"` : s;
}

export async function render(main, route, ctx) {
  const p = route.params;
  const q = p.get('q') || '';
  const sort = p.get('sort') === 'right' ? 'right' : p.get('sort') === 'left' ? 'left' : '';
  const { form } = queryForm({ name: 'kwic', value: q, placeholder: t('kwicPlaceholder'), extra: { sort } });
  const out = h('div', { 'aria-live': 'polite' });
  mount(main, h('h1', {}, t('kwicTitle')), form, out);
  if (!q.trim()) return;
  mount(out, loading());
  const params = { q: quoted(q), width: p.get('width') || 20, sort: sort || null, region: p.getAll('region'), year: p.getAll('year') };
  try {
    const body = await api.get('/api/kwic', params);
    if (!ctx.alive()) return;
    const lines = listOf(body, 'hits', 'lines', 'occurrences', 'rows').map(normalize);
    if (sort) lines.sort(sort === 'left' ? byLeft : byRight);
    const total = body.occurrences ?? body.total ?? lines.length;
    mount(out,
      h('div', { class: 'results-head' },
        h('p', { class: 'summary', id: 'summary' }, t('occurrences', { n: total }),
          body.plans ? ' · ' + t('inPlans', { m: body.plans }) : '', body.truncated ? ' · ' + t('truncated') : ''),
        h('span', { class: 'btn-row' },
          h('a', { class: 'btn small', href: href('trend', null, { q }) }, t('navTrend')),
          h('a', { class: 'btn small', href: api.apiUrl('/api/kwic', { ...params, format: 'csv' }), download: 'planscope-kwic.csv' }, t('exportCsv')))),
      lines.length ? table(lines, p, sort) : emptyBox(t('noResults'), t('noResultsHelp')));
  } catch (err) {
    if (ctx.alive()) mount(out, errorBox(err));
  }
}

function normalize(x) {
  return {
    left: x.left ?? x.before ?? '',
    phrase: x.phrase ?? x.match ?? x.keyword ?? x.hit ?? '',
    right: x.right ?? x.after ?? '',
    planId: x.planId, measureId: x.measureId, title: x.title, region: x.region, year: x.year, in: x.in || 'text',
  };
}

function byLeft(a, b) {
  return COLLATOR.compare([...a.left].reverse().join(''), [...b.left].reverse().join(''));
}

function byRight(a, b) {
  return COLLATOR.compare(a.right, b.right);
}

function sortHeader(p, key, text, current) {
  const on = current === key;
  return h('th', { scope: 'col', class: key, 'aria-sort': on ? 'ascending' : 'none' },
    h('a', { href: href('kwic', null, { ...paramsObject(p), sort: key }), title: t(key === 'left' ? 'sortLeft' : 'sortRight') },
      text, on ? ' ▲' : ' ↕'));
}

function table(lines, p, sort) {
  return h('div', { class: 'table-wrap' }, h('table', { class: 'kwic', id: 'kwic' },
    h('thead', {}, h('tr', {},
      sortHeader(p, 'left', t('leftContext'), sort),
      h('th', { scope: 'col', class: 'kw' }, t('phrase')),
      sortHeader(p, 'right', t('rightContext'), sort),
      h('th', { scope: 'col', class: 'region' }, t('region')),
      h('th', { scope: 'col', class: 'year' }, t('year')),
      h('th', { scope: 'col', class: 'plan' }, t('plan')))),
    h('tbody', {}, lines.map((x) => h('tr', {},
      h('td', { class: 'left' }, h('div', { class: 'clip-left' }, h('span', {}, x.left))),
      h('td', { class: 'kw' }, h('a', { href: x.measureId ? href('plan', x.planId, { m: x.measureId }) : href('plan', x.planId) }, x.phrase),
        // A heading's or a title's wording is marked as such: it is not a measure's sentence.
        x.in !== 'text' ? h('span', { class: 'tag in-tag', title: t('matchIn') + ' ' + t('in_' + x.in) }, t('in_' + x.in)) : null),
      h('td', { class: 'right' }, h('span', {}, x.right)),
      h('td', {}, regionLabel(x.region)),
      h('td', {}, x.year ?? ''),
      h('td', { class: 'title-cell' }, planLink(x.planId, x.title)))))));
}
