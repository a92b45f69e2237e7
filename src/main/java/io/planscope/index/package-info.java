/** The Lucene schema (field names in {@link io.planscope.index.Fields}), the analysis chains and index writing. */
package io.planscope.index;
