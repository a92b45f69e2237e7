/** Wiring: opens a data directory's store, index and services for the web and cli adapters. */
package io.planscope.app;
