// The JSON API client. Every call returns the parsed body or throws an ApiError carrying the server's message.

export class ApiError extends Error {
  constructor(status, code, message) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

/** "/api/x?k=v&k=w": values may be arrays (repeated parameters); empty values are dropped. */
export function apiUrl(path, params = {}) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    for (const one of Array.isArray(v) ? v : [v]) {
      if (one !== undefined && one !== null && one !== '') q.append(k, one);
    }
  }
  const s = q.toString();
  return s ? `${path}?${s}` : path;
}

async function parse(res) {
  const text = await res.text();
  let body = null;
  try { body = text ? JSON.parse(text) : null; } catch { /* not JSON */ }
  if (!res.ok) {
    const message = body && body.message ? body.message : `HTTP ${res.status} ${res.statusText}`;
    throw new ApiError(res.status, body && body.error ? body.error : 'http_' + res.status, message);
  }
  if (body === null && text) throw new ApiError(res.status, 'not_json', 'the server sent something other than JSON');
  return body;
}

// The admin token, for `serve --private` and admin calls. Kept in sessionStorage, not localStorage: it grants writes,
// so it lives as long as the tab and is never left behind in a shared browser; a new tab asks for it once more.
const TOKEN_KEY = 'planscope.token';
const MAX_ASKS = 5;
let askToken = null;
let asking = null;
let memoryToken = '';

export function storedToken() {
  try { return sessionStorage.getItem(TOKEN_KEY) || ''; } catch { return ''; }
}

export function storeToken(token) {
  try {
    if (token) sessionStorage.setItem(TOKEN_KEY, token);
    else sessionStorage.removeItem(TOKEN_KEY);
  } catch { /* storage may be disabled: the token then lasts until the page reloads */ }
  memoryToken = token || '';
}

function currentToken() {
  return storedToken() || memoryToken;
}

/** The shell registers ask(wrong) → Promise of a token, or null when the user cancels (see ui.tokenDialog). */
export function onTokenNeeded(ask) {
  askToken = ask;
}

/** The Authorization header for the stored token, or none. */
export function authHeaders() {
  const token = currentToken();
  return token ? { Authorization: 'Bearer ' + token } : {};
}

// Calls running side by side that all get 401 share one dialog.
function ask(wrong) {
  if (!asking) asking = askToken(wrong).finally(() => { asking = null; });
  return asking;
}

async function fetchOrThrow(url, init) {
  try {
    return await fetch(url, init);
  } catch (e) {
    throw new ApiError(0, 'network', e.message || String(e));
  }
}

/**
 * Sends with the stored token. A 401 asks the user for the token (once, for every call waiting) and retries; a call
 * given its own token (the upload form) is sent as is.
 */
async function send(url, init, ownToken = false) {
  for (let asks = 0; ; asks++) {
    const sent = currentToken();
    const headers = ownToken ? init.headers : { ...init.headers, ...authHeaders() };
    const res = await fetchOrThrow(url, { ...init, headers });
    if (res.status !== 401 || ownToken || !askToken || asks >= MAX_ASKS) return parse(res);
    const token = await ask(Boolean(sent) && sent === currentToken());
    if (!token) return parse(res);
    storeToken(token);
  }
}

export function get(path, params) {
  return send(apiUrl(path, params), { headers: { Accept: 'application/json' } });
}

/** A text answer (a citation): the body as a string; an error answer throws as get does. */
export async function text(path, params) {
  const res = await fetchOrThrow(apiUrl(path, params), { headers: authHeaders() });
  if (!res.ok) return parse(res); // throws the server's JSON error
  return res.text();
}

export function postJson(path, body) {
  return send(path, {
    method: 'POST',
    headers: { Accept: 'application/json', 'Content-Type': 'application/json; charset=utf-8' },
    body: JSON.stringify(body),
  });
}

export function postForm(path, form, token) {
  const headers = { Accept: 'application/json' };
  if (token) headers.Authorization = 'Bearer ' + token;
  return send(path, { method: 'POST', headers, body: form }, Boolean(token));
}

/** Fetches a plan (the endpoint may wrap it as {plan:{…}}); with a query q, also where its words occur (marks). */
export async function plan(id, q) {
  const body = await get('/api/plans/' + encodeURIComponent(id), q ? { q } : {});
  return body && body.plan ? { ...body.plan, ...body, plan: undefined } : body;
}

/** Fetches a measure with its plan's metadata, tolerating {measure:{…}, plan:{…}} or a flat measure. */
export async function measure(id) {
  const body = await get('/api/measures/' + encodeURIComponent(id));
  const m = body && body.measure ? { ...body, ...body.measure } : { ...body };
  const p = body && body.plan ? body.plan : {};
  m.planId = m.planId || p.id || String(id).replace(/-m\d+$/, '');
  for (const k of ['title', 'year', 'region', 'level', 'kind', 'bureau']) if (m[k] === undefined) m[k] = p[k];
  return m;
}
