/** Plan metadata: title, year and period, publish date, region (via the gazetteer), bureau, level, kind, topics. */
package io.planscope.ingest.meta;
