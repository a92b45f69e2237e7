package io.planscope.web;

/**
 * The body of every error response: a short machine-readable {@code error} code and a {@code message} saying what was
 * wrong and what to do.
 */
public record ApiError(String error, String message) {}
