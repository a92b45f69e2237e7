/** The crawler: polite, SSRF-safe fetching of bureau sites, finding plan pages and attachments, resumable state. */
package io.planscope.crawl;
