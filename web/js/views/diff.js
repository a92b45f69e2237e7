// Diff: two measures (#/diff?a=ID&b=ID) or two pasted texts (#/diff?ta=…&tb=…), side by side.

import { h, mount } from '../dom.js';
import * as api from '../api.js';
import { t } from '../i18n.js';
import { href } from '../router.js';
import { loading, errorBox, badges, planLink } from '../ui.js';
import { columns, similarityBar, legend } from '../diffops.js';

export async function render(main, route, ctx) {
  const p = route.params;
  const a = p.get('a') || '';
  const b = p.get('b') || '';
  const ta = p.get('ta') || '';
  const tb = p.get('tb') || '';
  const out = h('div', { class: 'diff-out', 'aria-live': 'polite' });
  const ignore = p.get('ignoreScript') === '1';
  const hasInput = (a && b) || (ta && tb);
  mount(main, h('h1', {}, t('diffTitle')), ignoreToggle(p, ignore), out, inputForm(a, b, ta, tb, !hasInput));
  if (!hasInput) return;
  mount(out, loading());
  try {
    const [body, ma, mb] = a && b
      ? await Promise.all([api.get('/api/diff', { a, b, ignoreScript: ignore ? 'true' : null }),
        api.measure(a).catch(() => null), api.measure(b).catch(() => null)])
      : [await api.postJson('/api/diff', { a: ta, b: tb, ignoreScript: ignore }), null, null];
    if (!ctx.alive()) return;
    mount(out, result(body, ma || asMeasure(body.a, a), mb || asMeasure(body.b, b)));
  } catch (err) {
    if (ctx.alive()) mount(out, errorBox(err, t('diffPasteHint')));
  }
}

/** Traditional vs simplified and full- vs half-width count as equal when this is on (kept in the URL). */
function ignoreToggle(p, on) {
  const box = h('input', { type: 'checkbox', id: 'ignore-script', checked: on });
  box.addEventListener('change', () => {
    const next = new URLSearchParams(p);
    if (box.checked) next.set('ignoreScript', '1'); else next.delete('ignoreScript');
    location.hash = href('diff', null, next);
  });
  return h('label', { class: 'inline filter' }, box, ' ', t('ignoreScript'));
}

function asMeasure(x, id) {
  if (x && typeof x === 'object') return x;
  return id ? { id } : null;
}

function side(m, key) {
  if (!m || !m.planId) return h('h2', {}, t(key));
  return h('div', {}, h('h2', {}, t(key), ' ', h('a', { class: 'mono small-link', href: href('measure', m.id || m.measureId) }, m.id || m.measureId || '')),
    h('div', {}, planLink(m.planId, m.title)), badges({ region: m.region, year: m.year, level: m.level }));
}

function result(body, ma, mb) {
  const [left, right] = columns(body.ops);
  return [
    similarityBar(body.similarity),
    // Long, very different texts are aligned by sentences or lines to bound the work; say so.
    body.granularity && body.granularity !== 'token'
      ? h('p', { class: 'muted', id: 'diff-granularity' }, t('diffCoarse_' + body.granularity)) : null,
    legend(body.ops),
    h('div', { class: 'diff-cols' },
      h('div', { class: 'diff-col', id: 'diff-a' }, side(ma, 'textA'), h('div', { class: 'diff-text' }, left)),
      h('div', { class: 'diff-col', id: 'diff-b' }, side(mb, 'textB'), h('div', { class: 'diff-text' }, right))),
  ];
}

function inputForm(a, b, ta, tb, open) {
  const idA = h('input', { id: 'diff-id-a', value: a, placeholder: 'p0123456789ab-m1' });
  const idB = h('input', { id: 'diff-id-b', value: b, placeholder: 'p0123456789ab-m2' });
  const areaA = h('textarea', { id: 'diff-ta', rows: 5 }, ta);
  const areaB = h('textarea', { id: 'diff-tb', rows: 5 }, tb);
  const form = h('form', { class: 'card diff-form' },
    h('p', { class: 'muted' }, t('diffPasteHint')),
    h('div', { class: 'grid2' },
      h('label', {}, t('measureIdA'), idA), h('label', {}, t('measureIdB'), idB),
      h('label', {}, t('pasteA'), areaA), h('label', {}, t('pasteB'), areaB)),
    h('button', { type: 'submit', class: 'btn primary' }, t('compareTexts')));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const texts = areaA.value.trim() && areaB.value.trim();
    location.hash = texts && !(idA.value.trim() && idB.value.trim())
      ? href('diff', null, { ta: areaA.value, tb: areaB.value })
      : href('diff', null, { a: idA.value.trim(), b: idB.value.trim() });
  });
  return h('details', { class: 'diff-input', open }, h('summary', {}, t('diffPasteHint')), form);
}
