/** The durable, content-addressed store of original documents and the plans parsed from them. */
package io.planscope.corpus;
