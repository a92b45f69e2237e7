/**
 * Reading sources into plans. {@link io.planscope.ingest.Ingestor} runs the stages in order: a reader per format
 * (charset sniffing, jsoup cleaning and main-content choice, .docx, .pdf) → line repair → boilerplate removal (each
 * removed line kept with its reason) → splitting a page into plans → the outline, sections and measures (the measure
 * rules of the brief; section types from {@code SectionTypes}) → metadata ({@code ingest.meta}). All under
 * {@link io.planscope.ingest.IngestLimits}.
 */
package io.planscope.ingest;
