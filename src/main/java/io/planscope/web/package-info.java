/** The Javalin JSON API and static front end: routes and JSON mapping only. */
package io.planscope.web;
