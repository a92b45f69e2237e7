// What the server can filter on and count (its dimensions) and how to label them: GET /api/schema, read once.
// The front end keeps no list of its own; a dimension added on the server shows up here as a facet and a filter.

import { get } from './api.js';
import { addLabels } from './i18n.js';

let loading = null;

/** The schema, fetched once; a failed fetch is forgotten so the next call tries again. */
export function schema() {
  if (!loading) {
    loading = get('/api/schema').then((s) => {
      addLabels(s);
      return s;
    }, (err) => {
      loading = null;
      throw err;
    });
  }
  return loading;
}

/** The dimensions in the server's order: {name, facet, shape, example, label, values}. Throws when unreachable. */
export async function dimensions() {
  return (await schema()).dimensions || [];
}
