// The shell: navigation, language toggle, keyboard shortcuts, and dispatch of hash routes to views.
// How to add a view: write views/x.js exporting render(main, route, ctx), add it to VIEWS and (optionally) NAV.

import { h, mount } from './dom.js';
import { t, currentLang, setLang } from './i18n.js';
import { current, href } from './router.js';
import * as api from './api.js';
import { tokenDialog } from './ui.js';
import { schema } from './schema.js';
import * as search from './views/search.js';
import * as plan from './views/plan.js';
import * as measure from './views/measure.js';
import * as diff from './views/diff.js';
import * as compare from './views/compare.js';
import * as kwic from './views/kwic.js';
import * as trend from './views/trend.js';
import * as upload from './views/upload.js';
import * as precedents from './views/precedents.js';
import * as chain from './views/chain.js';

const VIEWS = { search, plan, measure, diff, compare, kwic, trend, upload, precedents, chain };
const NAV = [
  ['search', 'navSearch'],
  ['compare', 'navCompare'],
  ['kwic', 'navKwic'],
  ['trend', 'navTrend'],
  ['diff', 'navDiff'],
  ['precedents', 'navPrecedents'],
  ['upload', 'navUpload'],
];

let renderCount = 0;
let lastView = null;

function renderChrome(route) {
  document.title = 'PlanScope';
  document.getElementById('brand').textContent = t('appName');
  document.getElementById('skip-link').textContent = t('skip');
  const toggle = document.getElementById('lang-toggle');
  toggle.textContent = t('langToggle');
  toggle.title = t('langToggleTitle');
  toggle.setAttribute('aria-label', t('langToggleTitle'));
  mount(document.getElementById('nav'), NAV.map(([name, key]) =>
    h('a', { href: href(name), 'aria-current': route.name === name ? 'page' : null }, t(key))));
}

async function render() {
  const route = current();
  const mine = ++renderCount;
  renderChrome(route);
  const main = document.getElementById('view');
  const view = VIEWS[route.name];
  // ctx.alive() turns false once the user navigated on, so late responses never overwrite a newer view.
  const ctx = { alive: () => mine === renderCount };
  if (!view) {
    mount(main, h('h1', {}, t('notFound')), h('p', {}, h('a', { href: href('search') }, t('navSearch'))));
    return;
  }
  main.dataset.view = route.name;
  main.setAttribute('aria-busy', 'true');
  // Facet clicks keep the scroll position of the search view; anything else starts at the top.
  const where = route.name === 'search' ? 'search:' + (route.params.get('page') || '1') : route.name + ':' + route.id;
  if (where !== lastView) window.scrollTo(0, 0);
  lastView = where;
  try {
    // Level and section-type badges are labelled from the server's schema; without it they show their ids, and
    // the search view (which needs the dimensions) says what went wrong.
    await schema().catch(() => null);
    await view.render(main, route, ctx);
  } finally {
    if (ctx.alive()) {
      main.setAttribute('aria-busy', 'false');
      // A followed link was removed with the old view; put keyboard focus at the start of the new one.
      if (document.activeElement === document.body) main.focus({ preventScroll: true });
    }
  }
}

function onKey(e) {
  if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey) return;
  const tag = (document.activeElement && document.activeElement.tagName) || '';
  if (['INPUT', 'TEXTAREA', 'SELECT'].includes(tag) || document.activeElement.isContentEditable) return;
  const box = document.querySelector('input[type=search]');
  if (box) {
    e.preventDefault();
    box.focus();
    box.select();
  } else {
    e.preventDefault();
    location.hash = href('search', null, { focus: 1 });
  }
}

document.documentElement.lang = currentLang() === 'en' ? 'en' : 'zh-CN';
document.getElementById('lang-toggle').addEventListener('click', () => {
  setLang(currentLang() === 'en' ? 'zh' : 'en');
  render();
});
// The skip link must not change the hash (that is the router's): it moves focus to the view instead.
document.getElementById('skip-link').addEventListener('click', (e) => {
  e.preventDefault();
  document.getElementById('view').focus();
});
// serve --private: the API answers 401 until the user gives the token once (api.js keeps it and sends it).
api.onTokenNeeded(tokenDialog);
// A CSV export or an original is a plain link, which cannot carry the token: with one stored, fetch it with the
// header and save the answer under the server's file name.
document.addEventListener('click', async (e) => {
  const link = e.target.closest && e.target.closest('a[href^="/api/"]');
  if (!link || !api.storedToken() || e.defaultPrevented || e.button !== 0) return;
  e.preventDefault();
  const res = await fetch(link.getAttribute('href'), { headers: api.authHeaders() });
  if (!res.ok) return;
  const url = URL.createObjectURL(await res.blob());
  const a = Object.assign(document.createElement('a'), { href: url, download: link.getAttribute('download')
    || savedName(res.headers.get('Content-Disposition')) });
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
});

/** The file name in "attachment; filename=…; filename*=UTF-8''…" (the UTF-8 one when given). */
function savedName(disposition) {
  const utf8 = /filename\*=UTF-8''([^;]+)/i.exec(disposition || '');
  if (utf8) return decodeURIComponent(utf8[1]);
  const plain = /filename="([^"]*)"/i.exec(disposition || '');
  return plain ? plain[1] : 'download';
}
window.addEventListener('hashchange', render);
document.addEventListener('keydown', onKey);
render();
