// Renders diff ops ({op: equal|delete|insert, text}) as DOM: deletions red struck through, insertions blue
// underlined, changed numbers in bold. Text only ever becomes text nodes.

import { h, numberEmphasis, pct } from './dom.js';
import { t } from './i18n.js';

function piece(op) {
  const text = op.text || '';
  if (op.op === 'delete') return h('del', { class: 'd-del' }, numberEmphasis(text));
  if (op.op === 'insert') return h('ins', { class: 'd-ins' }, numberEmphasis(text));
  return document.createTextNode(text);
}

/** B's side of an equal op: its own wording when it differs only in script or width (textB), dotted underlined. */
function pieceB(op) {
  if (op.op === 'equal' && op.textB && op.textB !== op.text) {
    return h('span', { class: 'd-fold', title: t('foldedEqual') }, op.textB);
  }
  return piece(op);
}

/** Left column (equal + delete = text A) and right column (equal + insert = text B). */
export function columns(ops) {
  const left = (ops || []).filter((o) => o.op !== 'insert').map(piece);
  const right = (ops || []).filter((o) => o.op !== 'delete').map(pieceB);
  return [left, right];
}

/** One inline run: equal, then deletions and insertions where they happen. */
export function inline(ops) {
  return (ops || []).map(piece);
}

export function similarityBar(sim) {
  const v = Math.max(0, Math.min(1, +sim || 0));
  return h('div', { class: 'similarity', id: 'similarity' },
    h('span', { class: 'sim-label' }, t('similarity')),
    h('span', { class: 'sim-bar' }, h('span', { class: 'sim-fill', style: `width:${(v * 100).toFixed(1)}%` })),
    h('strong', { class: 'sim-num' }, pct(v, 1)));
}

/** The legend; its changed-number entry shows this diff's first changed number, and only when there is one. */
export function legend(ops) {
  const change = firstNumberChange(ops || []);
  return h('p', { class: 'legend' },
    h('del', { class: 'd-del' }, t('legendDel')), '  ', h('ins', { class: 'd-ins' }, t('legendIns')),
    change ? ['  ', h('del', { class: 'd-del' }, h('strong', { class: 'num' }, change[0])), '→',
      h('ins', { class: 'd-ins' }, h('strong', { class: 'num' }, change[1])), ' ', t('legendNum')] : null);
}

const NUMBER = /[0-9０-９][0-9０-９.,，．%％]*/;

/** The numbers of the first deletion and insertion that stand together and both hold one ("1800个" → "2400个"). */
function firstNumberChange(ops) {
  for (let i = 0; i + 1 < ops.length; i++) {
    const [a, b] = ops[i].op === 'delete' ? [ops[i], ops[i + 1]] : [ops[i + 1], ops[i]];
    if (a.op !== 'delete' || b.op !== 'insert') continue;
    const from = NUMBER.exec(a.text || '');
    const to = NUMBER.exec(b.text || '');
    if (from && to) return [from[0], to[0]];
  }
  return null;
}
