/**
 * Plan metadata: title, year and period, publish date, region (via the gazetteer), bureau, level, kind, and the
 * topic codebook. Entry point: {@link io.planscope.ingest.meta.MetadataExtractor}.
 */
package io.planscope.ingest.meta;
