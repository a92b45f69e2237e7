// Trend: per year, how many plans use a phrase and what share of that year's plans that is; per province below.

import { h, mount, listOf, pct } from '../dom.js';
import * as api from '../api.js';
import { t } from '../i18n.js';
import { href } from '../router.js';
import { loading, errorBox, emptyBox, queryForm } from '../ui.js';
import { barLineChart } from '../chart.js';
import { quoted } from './kwic.js';

/** A bare phrase is searched as exact wording; a query with operators or filters goes as typed. */
function trendQuery(q) {
  return /[":()]|\sOR\s|(^|\s)-/.test(q) ? q : quoted(q);
}

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
  const query = trendQuery(q);
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
        h('p', { class: 'summary' }, query),
        h('span', { class: 'btn-row' },
          h('a', { class: 'btn small', href: href('kwic', null, { q }) }, t('navKwic')),
          h('a', { class: 'btn small', href: api.apiUrl('/api/trend', { q: query, by: 'year', format: 'csv' }), download: 'planscope-trend-year.csv' }, t('exportCsv') + ' · ' + t('year')),
          h('a', { class: 'btn small', href: api.apiUrl('/api/trend', { q: query, by: 'province', format: 'csv' }), download: 'planscope-trend-province.csv' }, t('exportCsv') + ' · ' + t('province')))),
      years.length
        ? h('figure', { class: 'card chart-card', id: 'trend-chart' },
          barLineChart(years.map((y) => ({ label: y.key, count: y.count, share: y.share })),
            { countTitle: t('plansUsing'), shareTitle: t('shareOfPlans'), ariaLabel: t('trendTitle') + ' ' + q }),
          h('figcaption', { class: 'legend' }, h('span', { class: 'swatch bar-swatch' }), t('plansUsing'), '  ',
            h('span', { class: 'swatch line-swatch' }), t('shareOfPlans')))
        : emptyBox(t('noData'), t('noResultsHelp')),
      provinces.length ? provinceTable(provinces) : null);
  } catch (err) {
    if (ctx.alive()) mount(out, errorBox(err));
  }
}

function provinceTable(rows) {
  return h('section', { class: 'card' }, h('h2', {}, t('byProvince')),
    h('div', { class: 'table-wrap' }, h('table', { class: 'data', id: 'province-table' },
      h('thead', {}, h('tr', {}, [t('province'), t('plans'), t('total'), t('share')].map((x, i) => h('th', { scope: 'col', class: i ? 'num-cell' : null }, x)))),
      h('tbody', {}, rows.map((r) => h('tr', {},
        h('td', {}, r.key || '—'), h('td', { class: 'num-cell' }, r.count), h('td', { class: 'num-cell' }, r.total ?? '–'),
        h('td', { class: 'num-cell' }, h('span', { class: 'mini-bar', style: `width:${Math.round((r.share || 0) * 60)}px` }), ' ', pct(r.share, 1))))))));
}
