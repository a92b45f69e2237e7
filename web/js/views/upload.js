// Upload: files plus the admin token, POST /api/documents, then the parse report per document.

import { h, mount, regionLabel, listOf } from '../dom.js';
import * as api from '../api.js';
import { t } from '../i18n.js';
import { href } from '../router.js';
import { errorBox, emptyBox, badge, planTitle } from '../ui.js';

export function render(main) {
  const files = h('input', { type: 'file', id: 'upload-files', name: 'file', multiple: true });
  const help = h('p', { class: 'muted', id: 'upload-help' }, t('uploadHelp', { formats: '…' }));
  // The server's own list (GET /api/formats) fills the picker and the message; without it the server still checks.
  let extensions = null;
  api.get('/api/formats').then((body) => {
    extensions = listOf(body, 'formats').flatMap((f) => f.extensions.map((e) => '.' + e));
    files.accept = extensions.join(',');
    help.textContent = t('uploadHelp', { formats: extensions.join(' ') });
  }).catch(() => {});
  const token = h('input', { type: 'password', id: 'upload-token', autocomplete: 'off', value: api.storedToken() });
  // Where and when one file was published, for a saved page: citations name the page; its plans take the date.
  const source = h('input', { type: 'url', id: 'upload-source', placeholder: 'https://…', autocomplete: 'off' });
  const published = h('input', { type: 'date', id: 'upload-published' });
  const out = h('div', { class: 'upload-out', 'aria-live': 'polite' });
  const button = h('button', { type: 'submit', class: 'btn primary' }, t('upload'));
  const form = h('form', { class: 'card upload-form' },
    help,
    h('label', {}, t('files'), files),
    h('fieldset', { class: 'upload-page' }, h('legend', {}, t('uploadOnePage')),
      h('label', {}, t('uploadSource'), source),
      h('label', {}, t('published'), published)),
    h('label', {}, t('adminToken'), token),
    button);
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    if (!files.files.length) { files.focus(); return; }
    const odd = extensions && [...files.files].find((f) => !extensions.some((e) => f.name.toLowerCase().endsWith(e)));
    if (odd) {
      mount(out, errorBox({ message: t('uploadUnsupported', { name: odd.name, formats: extensions.join(' ') }) },
        help.textContent));
      return;
    }
    const params = new URLSearchParams();
    if (source.value.trim()) params.set('source', source.value.trim());
    if (published.value) params.set('published', published.value);
    if ([...params].length && files.files.length > 1) {
      mount(out, errorBox({ message: t('uploadOnePageOnly') }, help.textContent));
      return;
    }
    api.storeToken(token.value.trim());
    const data = new FormData();
    for (const f of files.files) data.append('file', f, f.name);
    button.disabled = true;
    mount(out, h('p', { class: 'state loading' }, t('uploading')));
    try {
      const path = '/api/documents' + ([...params].length ? '?' + params : '');
      mount(out, report(await api.postForm(path, data, token.value.trim())));
    } catch (err) {
      mount(out, errorBox(err, help.textContent));
    } finally {
      button.disabled = false;
    }
  });
  mount(main, h('h1', {}, t('uploadTitle')), form, out);
}

function report(body) {
  const docs = listOf(body, 'documents');
  if (!docs.length) return emptyBox(t('noPlansParsed'));
  return h('section', { class: 'card', id: 'upload-report' }, h('h2', {}, t('parseReport')),
    h('ul', { class: 'report' }, docs.map((d) => h('li', {},
      h('div', {}, h('strong', {}, d.filename || d.id), ' ', h('span', { class: 'mono muted' }, d.id || ''),
        d.status === 'duplicate' || d.duplicate ? badge(t('duplicate'), 'b-level') : null),
      (d.plans || []).length
        ? h('ul', {}, d.plans.map((p) => h('li', {}, h('a', { href: href('plan', p.id) }, planTitle(p)), ' ',
          badge(p.year, 'b-year'), badge(regionLabel(p.region), 'b-region'),
          p.published ? badge(t('publishedOn') + ' ' + p.published, 'b-published') : null)))
        : h('p', { class: 'muted' }, t('noPlansParsed')),
      (d.warnings || []).length
        ? h('details', {}, h('summary', {}, `${t('warnings')} (${d.warnings.length})`),
          h('ul', {}, d.warnings.map((w) => h('li', {}, typeof w === 'string' ? w : JSON.stringify(w)))))
        : null))));
}
