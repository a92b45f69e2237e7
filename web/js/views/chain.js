// Chain: three or more consecutive plans of one issuer, step by step: each step's counts and renamed headings, and
// every measure's trail through the years (kept, changed, moved, split, merged, added, dropped).

import { h, mount } from '../dom.js';
import * as api from '../api.js';
import { t, label } from '../i18n.js';
import { href } from '../router.js';
import { loading, errorBox, planTitle, queryForm } from '../ui.js';

const SHOWN = ['same', 'changed', 'moved', 'split', 'merged', 'added', 'removed'];

export async function render(main, route, ctx) {
  const bureau = route.params.get('bureau') || '';
  const plans = route.params.get('plans') || '';
  const { form } = queryForm({ name: 'chain', param: 'bureau', value: bureau, placeholder: t('chainPlaceholder') });
  const out = h('div', { 'aria-live': 'polite' });
  mount(main, h('h1', {}, t('chainTitle')), h('p', { class: 'muted' }, t('chainHelp')), form, out);
  if (!bureau.trim() && !plans.trim()) return;
  mount(out, loading());
  try {
    const body = await api.get('/api/compare/chain', plans ? { plans } : { bureau });
    if (!ctx.alive()) return;
    mount(out, steps(body), trails(body));
  } catch (err) {
    if (ctx.alive()) mount(out, errorBox(err));
  }
}

function steps(body) {
  return h('section', { class: 'card', id: 'chain-steps' }, h('h2', {}, t('chainSteps')),
    h('ol', { class: 'chain-steps' }, body.steps.map((s, i) => {
      const a = body.plans[i];
      const b = body.plans[i + 1];
      return h('li', { class: 'chain-step' },
        h('a', { href: href('compare', null, { a: a.id, b: b.id }) }, `${a.year} → ${b.year}`), ' ',
        SHOWN.filter((k) => s.summary[k]).map((k) => h('span', { class: 'badge st-badge-' + k }, `${label('status', k)} ${s.summary[k]}`)),
        (s.renamedHeadings || []).map((r) => h('div', { class: 'rename muted' }, h('del', {}, r.a), ' → ', h('ins', {}, r.b))));
    })));
}

function trails(body) {
  const head = h('tr', {}, h('th', { scope: 'col' }, t('measure')),
    body.plans.map((p) => h('th', { scope: 'col', title: planTitle(p) }, h('a', { href: href('plan', p.id) }, String(p.year)))));
  const rows = body.trails.map((tr) => h('tr', {},
    h('td', { class: 'trail-text' }, (tr.text || '').slice(0, 40)),
    tr.measures.map((id, i) => h('td', { class: 'trail-cell' },
      i > 0 && tr.statuses[i - 1] ? h('span', { class: 'badge st-badge-' + tr.statuses[i - 1] }, label('status', tr.statuses[i - 1])) : null,
      id ? h('a', { href: href('measure', id), class: 'trail-dot', title: id }, '●') : null))));
  return h('section', { class: 'card' }, h('h2', {}, t('chainTrails')),
    h('div', { class: 'table-wrap' }, h('table', { class: 'data', id: 'chain-trails' }, h('thead', {}, head), h('tbody', {}, rows))));
}
