// Trend: per year, how many plans the query finds and what share of that year's plans that is; per province below.
// The query means what it means in the search (a bare word is words, "quoted" is exact wording), so the trend's
// plan count is the search's plan count; n of N stands beside every share, so 1 of 1 is not read as a trend.

import { h, mount, listOf, pct } from '../dom.js';
import * as api from '../api.js';
import { t } from '../i18n.js';
import { href } from '../router.js';
import { loading, errorBox, emptyBox, queryForm } from '../ui.js';
import { barLineChart } from '../chart.js';
import { quoted, isBare } from './kwic.js';

/** One bucket of the response, whatever it calls its fields. */
export function bucket(x, keyField) {
  const key = x[keyField] ?? x.key ?? x.value ?? x.label ?? '';
  const count = x.plans ?? x.count ?? x.matching ?? 0;
  const total = x.total ?? x.allPlans ?? x.totalPlans ?? null;
  const share = x.share ?? (total ? count / total : null);
  const name = typeof key === 'object' ? key.province || key.label || '' : String(key);
  return { key: name === 'unknown' || name === '' ? t('unknown') : name, unknown: name === 'unknown' || name === '', count, total, share };
}

export async function render(main, route, ctx) {
  const q = route.params.get('q') || '';
  const { form } = queryForm({ name: 'trend', value: q, placeholder: t('trendPlaceholder') });
  const out = h('div', { 'aria-live': 'polite' });
  mount(main, h('h1', {}, t('trendTitle')), form, out);
  if (!q.trim()) return;
  mount(out, loading());
  const query = q.trim();
  try {
    const [byYear, byProvince] = await Promise.all([
      api.get('/api/trend', { q: query, by: 'year' }),
      api.get('/api/trend', { q: query, by: 'province' }),
    ]);
    if (!ctx.alive()) return;
    const years = listOf(byYear, 'years', 'buckets', 'rows', 'points', 'series', 'trend').map((x) => bucket(x, 'year'))
      .sort((a, b) => a.unknown - b.unknown || String(a.key).localeCompare(String(b.key)));
    const provinces = listOf(byProvince, 'provinces', 'buckets', 'rows', 'points', 'series', 'trend').map((x) => bucket(x, 'province'))
      .sort((a, b) => a.unknown - b.unknown || b.count - a.count || (b.share ?? 0) - (a.share ?? 0));
    mount(out,
      h('div', { class: 'results-head' },
        h('p', { class: 'summary', id: 'trend-summary' },
          t('trendCounts', { q: query, n: byYear.plans ?? 0, total: byYear.total ?? 0 }),
          isBare(query) ? h('span', {}, ' · ', h('a', { id: 'trend-exact', href: href('trend', null, { q: quoted(query) }) },
            t('trendExact', { q: quoted(query) }))) : null),
        h('span', { class: 'btn-row' },
          h('a', { class: 'btn small', href: href('kwic', null, { q }) }, t('navKwic')),
          h('a', { class: 'btn small', href: api.apiUrl('/api/trend', { q: query, by: 'year', format: 'csv' }), download: 'planscope-trend-year.csv' }, t('exportCsv') + ' · ' + t('year')),
          h('a', { class: 'btn small', href: api.apiUrl('/api/trend', { q: query, by: 'province', format: 'csv' }), download: 'planscope-trend-province.csv' }, t('exportCsv') + ' · ' + t('province')))),
      years.length
        ? h('figure', { class: 'card chart-card', id: 'trend-chart' },
          barLineChart(years.map((y) => ({ label: y.key, count: y.count, total: y.total, share: y.share })),
            { countTitle: t('plansUsing'), shareTitle: t('shareOfPlans'), ariaLabel: t('trendTitle') + ' ' + q }),
          h('figcaption', { class: 'legend' }, h('span', { class: 'swatch bar-swatch' }), t('plansUsing'), '  ',
            h('span', { class: 'swatch line-swatch' }), t('shareOfPlans')))
        : emptyBox(t('noData'), t('noResultsHelp')),
      years.length ? countTable('year-table', t('byYear'), t('year'), years) : null,
      provinces.length ? countTable('province-table', t('byProvince'), t('province'), provinces) : null);
  } catch (err) {
    if (ctx.alive()) mount(out, errorBox(err));
  }
}

/** n of N beside the share: a share of one plan in one is no trend. */
export function shareOf(r) {
  return r.total ? `${pct(r.share, 1)} (${r.count}/${r.total})` : pct(r.share, 1);
}

function countTable(id, title, keyTitle, rows) {
  return h('section', { class: 'card' }, h('h2', {}, title),
    h('div', { class: 'table-wrap' }, h('table', { class: 'data', id },
      h('thead', {}, h('tr', {}, [keyTitle, t('plans'), t('total'), t('share')].map((x, i) => h('th', { scope: 'col', class: i ? 'num-cell' : null }, x)))),
      h('tbody', {}, rows.map((r) => h('tr', {},
        h('td', {}, r.key || '—'), h('td', { class: 'num-cell' }, r.count), h('td', { class: 'num-cell' }, r.total ?? '–'),
        h('td', { class: 'num-cell' }, h('span', { class: 'mini-bar', style: `width:${Math.round((r.share || 0) * 60)}px` }), ' ', shareOf(r))))))));
}
