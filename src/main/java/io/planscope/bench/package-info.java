/** Benchmarks: a deterministic corpus generator built from the demo corpus, and the harness that measures ingest and queries. */
package io.planscope.bench;
