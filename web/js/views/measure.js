// Measure: its text, similar measures (score bars, shared passages highlighted, a 对比 button), and the lineage.

import { h, mount, highlightRanges, regionLabel, listOf } from '../dom.js';
import * as api from '../api.js';
import { t, label } from '../i18n.js';
import { href } from '../router.js';
import { loading, errorBox, emptyBox, badges, badge, pathLine, scoreBar, planLink, dutiesLine } from '../ui.js';

const SCOPES = ['other-plans', 'other-regions', 'other-years'];

export async function render(main, route, ctx) {
  const id = route.id;
  const scope = SCOPES.includes(route.params.get('scope')) ? route.params.get('scope') : 'other-plans';
  mount(main, loading());
  const [measureR, similarR, lineageR] = await Promise.allSettled([
    api.measure(id),
    api.get('/api/measures/' + encodeURIComponent(id) + '/similar', { limit: 20, scope }),
    api.get('/api/measures/' + encodeURIComponent(id) + '/lineage'),
  ]);
  if (!ctx.alive()) return;
  let m = measureR.status === 'fulfilled' ? measureR.value : null;
  if (!m && similarR.status === 'fulfilled' && similarR.value.measure) m = similarR.value.measure;
  if (!m) {
    mount(main, errorBox(measureR.reason, ''), h('p', {}, h('a', { href: href('search') }, t('navSearch'))));
    return;
  }
  mount(main,
    h('article', { class: 'measure-view' },
      // Headed by what a reader cites: the plan and the measure's place in it; the id is a detail.
      h('h1', { id: 'measure-plan' }, planLink(m.planId, m.title)),
      pathLine(m.path),
      badges(m),
      h('p', { class: 'muted' }, t('measure'), ' ', h('span', { class: 'mono' }, id), ' · ',
        h('a', { href: href('plan', m.planId, { m: id }) }, t('outline'))),
      h('blockquote', { class: 'measure-text', id: 'measure-text' }, m.text || ''),
      dutiesLine(m),
      h('div', { class: 'two-col' },
        similarSection(id, scope, m, similarR),
        lineageSection(id, lineageR))));
}

function scopeSwitch(id, scope) {
  return h('div', { class: 'seg', role: 'group', 'aria-label': t('scope') }, SCOPES.map((s) =>
    h('a', { class: 'seg-btn', href: href('measure', id, s === 'other-plans' ? {} : { scope: s }),
      'aria-current': s === scope ? 'true' : null }, label('scope', s))));
}

function similarSection(id, scope, m, result) {
  const head = h('div', { class: 'card-head' }, h('h2', {}, t('similar')), scopeSwitch(id, scope));
  if (result.status === 'rejected') return h('section', { class: 'card' }, head, errorBox(result.reason, ''));
  const list = listOf(result.value, 'similar');
  if (!list.length) return h('section', { class: 'card' }, head, emptyBox(t('noSimilar')));
  head.appendChild(csvLink('/api/measures/' + encodeURIComponent(id) + '/similar', { limit: 20, scope }, 'similar-csv',
    'planscope-similar.csv'));
  return h('section', { class: 'card', id: 'similar' }, head,
    h('ol', { class: 'similar-list' }, list.map((s) => similarItem(id, s))));
}

/** The same list as CSV (UTF-8 with BOM), for a spreadsheet. */
function csvLink(path, params, id, filename) {
  return h('a', { class: 'btn small', id, href: api.apiUrl(path, { ...params, format: 'csv' }), download: filename },
    t('exportCsv'));
}

function similarItem(id, s) {
  const spansB = (s.shared || []).map((span) => [span[2], span[3]]);
  return h('li', { class: 'similar', 'data-measure': s.measureId },
    h('div', { class: 'similar-head' }, scoreBar(s.score),
      h('a', { class: 'btn small primary diff-btn', href: href('diff', null, { a: id, b: s.measureId }) }, t('diffButton'))),
    h('h3', {}, planLink(s.planId, s.title)),
    badges({ region: s.region, year: s.year, level: s.level }),
    h('p', { class: 'similar-text' }, highlightRanges(s.text, spansB)),
    h('div', { class: 'actions' }, h('a', { href: href('measure', s.measureId) }, t('similar'))));
}

function lineageSection(id, result) {
  const head = h('h2', {}, t('lineage'));
  if (result.status === 'rejected') return h('section', { class: 'card' }, head, errorBox(result.reason, ''));
  // The server orders it: by publish date where known, else by year.
  const list = listOf(result.value, 'lineage', 'measures', 'items');
  if (!list.length) return h('section', { class: 'card' }, head, emptyBox(t('noLineage')));
  return h('section', { class: 'card', id: 'lineage' },
    h('div', { class: 'card-head' }, head, csvLink('/api/measures/' + encodeURIComponent(id) + '/lineage', {},
      'lineage-csv', 'planscope-lineage.csv')),
    h('ol', { class: 'timeline' }, list.map((x) => h('li', { class: x.measureId === id ? 'self' : '' },
      h('span', { class: 'tl-year', title: x.published ? t('published') : t('year') }, x.published || (x.year ?? '?')),
      h('div', { class: 'tl-body' },
        h('div', {}, x.measureId === id ? h('strong', {}, t('thisMeasure') + ' · ') : null, planLink(x.planId, x.title)),
        h('div', { class: 'muted' }, regionLabel(x.region), ' ',
          x.level ? badge(label('level', x.level), 'b-level') : null,
          x.score !== undefined && x.measureId !== id ? badge(Math.round(x.score * 100) + '%', 'b-score') : null),
        x.measureId && x.measureId !== id
          ? h('a', { class: 'small-link', href: href('diff', null, { a: id, b: x.measureId }) }, t('diffButton')) : null)))));
}
