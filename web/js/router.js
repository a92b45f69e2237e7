// Hash routes: every view's state lives in the URL, e.g. #/search?q=课后服务&region=浙江省&page=2, #/plan/ID.
// The back button and shared links therefore work without any server-side routing.

/** The current route: { name, id, params: URLSearchParams }. */
export function current() {
  const raw = location.hash.replace(/^#\/?/, '');
  const [pathPart, query = ''] = splitOnce(raw, '?');
  const segments = pathPart.split('/').filter(Boolean).map(safeDecode);
  return { name: segments[0] || 'search', id: segments[1] || null, params: new URLSearchParams(query) };
}

function splitOnce(s, sep) {
  const i = s.indexOf(sep);
  return i < 0 ? [s] : [s.slice(0, i), s.slice(i + 1)];
}

function safeDecode(s) {
  try { return decodeURIComponent(s); } catch { return s; }
}

/** "#/name/id?k=v": params is an object (array values repeat) or URLSearchParams; empty values are dropped. */
export function href(name, id, params) {
  let path = '#/' + name + (id ? '/' + encodeURIComponent(id) : '');
  const q = new URLSearchParams();
  const entries = params instanceof URLSearchParams ? [...params.entries()] : Object.entries(params || {});
  for (const [k, v] of entries) {
    for (const one of Array.isArray(v) ? v : [v]) {
      if (one !== undefined && one !== null && one !== '' && one !== false) q.append(k, one);
    }
  }
  const s = q.toString();
  return s ? path + '?' + s : path;
}

/** Navigates (a new history entry) unless the URL is already that. */
export function go(name, id, params) {
  const target = href(name, id, params);
  if (location.hash !== target) location.hash = target;
}

/** The params as a plain object of arrays, for editing and passing back to href. */
export function paramsObject(params) {
  const o = {};
  for (const [k, v] of params.entries()) (o[k] ||= []).push(v);
  return o;
}
