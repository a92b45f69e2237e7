/** Queries, facets, highlighting, concordance and trends over the index. */
package io.planscope.search;
