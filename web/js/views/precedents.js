// Precedents for a draft (#/precedents?text=…&scope=…): a writer pastes a paragraph of their own draft and sees the
// closest measures from other plans, the passages they share marked in both (POST /api/similar).

import { h, mount, highlightRanges, listOf } from '../dom.js';
import * as api from '../api.js';
import { t } from '../i18n.js';
import { href } from '../router.js';
import { loading, errorBox, emptyBox, badges, scoreBar, planLink } from '../ui.js';

export async function render(main, route, ctx) {
  const text = route.params.get('text') || '';
  const scope = route.params.get('scope') || '';
  const out = h('div', { id: 'precedents-out', 'aria-live': 'polite' });
  mount(main, h('h1', {}, t('navPrecedents')), h('p', { class: 'muted' }, t('precedentsHint')),
    draftForm(text, scope), out);
  if (!text.trim()) return;
  mount(out, loading());
  try {
    const body = await api.postJson('/api/similar', { text, scope: scope || null, limit: 20 });
    if (ctx.alive()) mount(out, result(body));
  } catch (err) {
    if (ctx.alive()) mount(out, errorBox(err, t('precedentsHint')));
  }
}

function draftForm(text, scope) {
  const area = h('textarea', { id: 'draft-text', rows: 6, placeholder: t('draftPlaceholder') }, text);
  const where = h('input', { id: 'draft-scope', value: scope, placeholder: 'region:浙江 year:2022..2024' });
  const form = h('form', { class: 'card draft-form' },
    h('label', {}, t('draftLabel'), area),
    h('label', {}, t('draftScope'), where),
    h('button', { type: 'submit', class: 'btn primary', id: 'draft-submit' }, t('findPrecedents')));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    location.hash = href('precedents', null, { text: area.value, scope: where.value.trim() });
  });
  return form;
}

function result(body) {
  const list = listOf(body, 'similar');
  if (!list.length) return emptyBox(t('noPrecedents'));
  // Which parts of the draft have a precedent anywhere: the union of every result's shared spans.
  const inDraft = list.flatMap((s) => (s.shared || []).map((span) => [span[0], span[1]]));
  return [
    h('section', { class: 'card', id: 'draft-marked' }, h('h2', {}, t('draftShared')),
      h('blockquote', { class: 'measure-text' }, highlightRanges(body.text, inDraft))),
    h('ol', { class: 'similar-list', id: 'precedents' }, list.map((s) => precedent(body.text, s))),
  ];
}

function precedent(draft, s) {
  const spans = (s.shared || []).map((span) => [span[2], span[3]]);
  return h('li', { class: 'similar', 'data-measure': s.measureId },
    h('div', { class: 'similar-head' }, scoreBar(s.score),
      h('a', { class: 'btn small primary diff-btn', href: href('diff', null, { ta: draft, tb: s.text }) },
        t('diffButton'))),
    h('h3', {}, planLink(s.planId, s.title)),
    badges({ region: s.region, year: s.year, level: s.level }),
    h('p', { class: 'similar-text' }, highlightRanges(s.text, spans)),
    h('div', { class: 'actions' }, h('a', { href: href('measure', s.measureId) }, t('similar'))));
}
