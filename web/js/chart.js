// A hand-written SVG chart: bars for counts on the left axis, a line for shares on the right axis.

const NS = 'http://www.w3.org/2000/svg';

function s(tag, attrs = {}, text) {
  const el = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  if (text !== undefined) el.textContent = String(text);
  return el;
}

/** Round tick values from 0 to at least max: 0, 2, 4 … or 0, 5, 10 … */
export function ticks(max, count = 5, integer = false) {
  if (!(max > 0)) return [0, 1];
  const raw = max / count;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const found = [1, 2, 5, 10].map((m) => m * mag).find((x) => x >= raw);
  const step = integer ? Math.max(1, Math.round(found)) : found;
  const out = [0];
  while (out[out.length - 1] < max) out.push(Math.round(out.length * step * 1e6) / 1e6);
  return out;
}

/**
 * rows: [{label, count, total, share}] (share in [0,1] or null; total optional, shown as count/total). Returns an <svg> with a bar per row (class "bar"),
 * a share line with dots, axes with ticks and titles, readable without colour (bars carry their numbers).
 */
export function barLineChart(rows, { countTitle, shareTitle, ariaLabel }) {
  const W = 760, H = 340, L = 56, R = 60, T = 28, B = 44;
  const iw = W - L - R, ih = H - T - B;
  const svg = s('svg', { viewBox: `0 0 ${W} ${H}`, class: 'chart', role: 'img', 'aria-label': ariaLabel });
  const maxCount = Math.max(1, ...rows.map((r) => r.count || 0));
  const countTicks = ticks(maxCount, 5, true);
  const top = countTicks[countTicks.length - 1];
  const maxShare = Math.max(0.01, ...rows.map((r) => r.share || 0));
  const shareTicks = ticks(maxShare * 100).map((v) => v / 100);
  const shareTop = shareTicks[shareTicks.length - 1];
  const y = (v) => T + ih - (v / top) * ih;
  const ys = (v) => T + ih - (v / shareTop) * ih;
  const band = iw / Math.max(1, rows.length);
  const x = (i) => L + band * i + band / 2;

  for (const v of countTicks) {
    svg.append(s('line', { x1: L, x2: L + iw, y1: y(v), y2: y(v), class: 'grid' }));
    svg.append(s('text', { x: L - 8, y: y(v) + 4, 'text-anchor': 'end', class: 'tick' }, v));
  }
  for (const v of shareTicks) {
    svg.append(s('text', { x: L + iw + 8, y: ys(v) + 4, 'text-anchor': 'start', class: 'tick share-tick' }, Math.round(v * 1000) / 10 + '%'));
  }
  svg.append(s('line', { x1: L, x2: L + iw, y1: T + ih, y2: T + ih, class: 'axis' }));
  svg.append(s('line', { x1: L, x2: L, y1: T, y2: T + ih, class: 'axis' }));
  svg.append(s('line', { x1: L + iw, x2: L + iw, y1: T, y2: T + ih, class: 'axis' }));
  svg.append(s('text', { x: L, y: 16, class: 'axis-title' }, countTitle));
  svg.append(s('text', { x: L + iw, y: 16, 'text-anchor': 'end', class: 'axis-title share-title' }, shareTitle));

  const bw = Math.min(48, band * 0.6);
  rows.forEach((r, i) => {
    const c = r.count || 0;
    const bar = s('rect', { x: x(i) - bw / 2, y: y(c), width: bw, height: Math.max(0, T + ih - y(c)), class: 'bar', 'data-label': r.label });
    const of = r.total ? `${c}/${r.total}` : String(c);
    bar.append(s('title', {}, `${r.label}: ${of}${r.share !== null && r.share !== undefined ? ' · ' + (r.share * 100).toFixed(1) + '%' : ''}`));
    svg.append(bar);
    // n of N on the bar, so a share of one plan in one is read as what it is.
    if (c) svg.append(s('text', { x: x(i), y: y(c) - 5, 'text-anchor': 'middle', class: 'bar-label' }, of));
    const every = Math.ceil(rows.length / 14);
    if (i % every === 0) svg.append(s('text', { x: x(i), y: T + ih + 18, 'text-anchor': 'middle', class: 'tick' }, r.label));
  });
  const pts = rows.map((r, i) => (r.share === null || r.share === undefined ? null : [x(i), ys(r.share)])).filter(Boolean);
  if (pts.length) {
    svg.append(s('polyline', { points: pts.map((p) => p.join(',')).join(' '), class: 'share-line' }));
    for (const [px, py] of pts) svg.append(s('circle', { cx: px, cy: py, r: 3.5, class: 'share-dot' }));
  }
  return svg;
}
