// Small shared pieces of UI: states (loading, empty, error), badges, score bars, copy buttons.

import { h, regionLabel } from './dom.js';
import { t, label, currentLang } from './i18n.js';
import { href } from './router.js';

export function loading() {
  return h('p', { class: 'state loading', role: 'status' }, t('loading'));
}

/** An error box that quotes the server's message and says what to try. */
export function errorBox(err, help) {
  if (help === undefined) help = err && err.status === 400 ? t('errorHelp') : t('serverHelp');
  const msg = err && err.code === 'network' ? t('networkError', { e: err.message }) : (err && err.message) || String(err);
  // The server words its messages in English; the Chinese page leads with the same point in Chinese and keeps the
  // server's exact words (the column, the file name, the limit) below it.
  const said = err && err.code && err.code !== 'network' ? explain(err.code) : null;
  return h('div', { class: 'state error', role: 'alert' },
    h('strong', {}, t('errorTitle')),
    said ? h('p', { class: 'error-explained' }, said) : null,
    h('p', { class: 'error-message' + (said ? ' muted' : '') }, said ? t('errorDetail') + ' ' + msg : msg),
    h('p', {}, help));
}

/** The Chinese sentence for an API error code, on the Chinese page; null in English or for an unknown code. */
function explain(code) {
  if (currentLang() === 'en') return null;
  const key = 'err_' + code;
  const said = t(key);
  return said === key ? null : said;
}

export function emptyBox(title, help) {
  return h('div', { class: 'state empty', role: 'status' }, h('strong', {}, title), help ? h('p', {}, help) : null);
}

export function badge(text, cls = '', title = null) {
  if (text === null || text === undefined || text === '') return null;
  return h('span', { class: 'badge ' + cls, title }, String(text));
}

/** Region, year, level, section type and topic badges of a hit or measure. */
export function badges(x) {
  return h('span', { class: 'badges' },
    badge(regionLabel(x.region), 'b-region'),
    badge(x.year, 'b-year'),
    x.issuer ? badge(x.issuer, 'b-issuer') : null,
    x.published ? h('span', { class: 'badge b-published', title: t('publishedOn') }, t('publishedOn') + ' ' + x.published) : null,
    x.level && x.level !== 'unknown' ? badge(label('level', x.level), 'b-level') : null,
    x.sectionType ? badge(label('section', x.sectionType), 'b-section s-' + x.sectionType) : null,
    (x.topics || []).map((topic) => badge(topic, 'b-topic')));
}

/** "牵头单位：基教科 · 责任/配合单位：各学校 · 完成时限：2024年12月" of a measure or hit; null when it names none. */
export function dutiesLine(x) {
  const parts = [
    ['lead', (x.lead || []).join('、')],
    ['partners', (x.partners || []).join('、')],
    ['deadline', x.deadline || ''],
  ].filter(([, v]) => v);
  if (!parts.length) return null;
  return h('div', { class: 'duties' },
    parts.map(([k, v]) => h('span', { class: 'duty duty-' + k }, h('span', { class: 'duty-label' }, t(k) + '：'), v)));
}

/** "三、主要任务 › （二）深化改革" */
export function pathLine(path) {
  if (!path || !path.length) return null;
  return h('div', { class: 'path' }, path.join(' › '));
}

export function scoreBar(score) {
  const v = Math.max(0, Math.min(1, +score || 0));
  return h('span', { class: 'score', title: t('score') + ' ' + (v * 100).toFixed(1) + '%' },
    h('span', { class: 'score-bar', role: 'meter', 'aria-valuemin': 0, 'aria-valuemax': 100,
      'aria-valuenow': Math.round(v * 100), 'aria-label': t('score') },
    h('span', { class: 'score-fill', style: `width:${(v * 100).toFixed(1)}%` })),
    h('span', { class: 'score-num' }, (v * 100).toFixed(0) + '%'));
}

/**
 * What a plan is called on screen: its title, or for a page that gives none (the parser never titles a plan with a
 * sentence) "无标题（2099 · 工作计划）" — its year and kind, never a bare id.
 */
export function planTitle(p) {
  if (p.title) return p.title;
  const bits = [p.year, p.kind].filter((x) => x !== null && x !== undefined && x !== '');
  return t('untitled') + (bits.length ? '（' + bits.join(' · ') + '）' : '');
}

export function planLink(planId, title) {
  return h('a', { href: href('plan', planId) }, title || t('untitled'));
}

/** A button that copies text to the clipboard and says so. */
export function copyButton(getText) {
  const btn = h('button', { type: 'button', class: 'btn small' }, t('copy'));
  btn.addEventListener('click', async () => {
    const text = getText();
    try {
      await navigator.clipboard.writeText(text);
    } catch {
      const area = h('textarea', { class: 'offscreen' }, text);
      document.body.appendChild(area);
      area.select();
      document.execCommand('copy');
      area.remove();
    }
    btn.textContent = t('copied');
    setTimeout(() => { btn.textContent = t('copy'); }, 1500);
  });
  return btn;
}

/** A one-field search form that navigates to #/name?param=value on submit. */
export function queryForm({ name, param = 'q', value = '', placeholder, extra = {}, id = 'q' }) {
  const input = h('input', { type: 'search', id, name: param, value, placeholder, autocomplete: 'off',
    'aria-label': t('searchLabel'), enterkeyhint: 'search' });
  const form = h('form', { class: 'query', role: 'search' }, input, h('button', { type: 'submit', class: 'btn primary' }, t('searchButton')));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    location.hash = href(name, null, { ...extra, [param]: input.value.trim() });
  });
  return { form, input };
}

/**
 * Asks for the admin token in a modal dialog (serve --private, or an admin call); resolves to the token, or null
 * when the user cancels. wrong: the token sent before was refused.
 */
export function tokenDialog(wrong) {
  return new Promise((resolve) => {
    const input = h('input', { type: 'password', id: 'token-input', autocomplete: 'off', required: true });
    const cancel = h('button', { type: 'button', class: 'btn', id: 'token-cancel' }, t('cancel'));
    const dialog = h('dialog', { id: 'token-dialog', class: 'card', 'aria-labelledby': 'token-title' },
      h('form', { method: 'dialog' },
        h('h2', { id: 'token-title' }, t('tokenTitle')),
        h('p', { class: wrong ? 'error-message' : 'muted' }, t(wrong ? 'tokenWrong' : 'tokenHelp')),
        h('label', {}, t('adminToken'), input),
        h('div', { class: 'btn-row' },
          h('button', { type: 'submit', class: 'btn primary', id: 'token-ok', value: 'ok' }, t('tokenOk')), cancel)));
    cancel.addEventListener('click', () => dialog.close(''));
    dialog.addEventListener('close', () => {
      const token = dialog.returnValue === 'ok' ? input.value.trim() : '';
      dialog.remove();
      resolve(token || null);
    });
    document.body.appendChild(dialog);
    dialog.showModal();
    input.focus();
  });
}
