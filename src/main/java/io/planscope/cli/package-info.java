/** The command line: one small class per command, dispatched by Main. */
package io.planscope.cli;
