/** Reading sources: charset, jsoup cleaning, splitting pages into plans, the outline, measures and metadata. */
package io.planscope.ingest;
