/**
 * What every stage agrees about a document before and after it is read: the {@link
 * io.planscope.source.SourceDocument} as it arrived, the {@link io.planscope.source.IngestException} saying why one
 * could not be read into plans, and the {@link io.planscope.source.ParserVersion} of the rules that read it. Below
 * ingest, the store and the crawler, so none of them depends on another for these.
 */
package io.planscope.source;
