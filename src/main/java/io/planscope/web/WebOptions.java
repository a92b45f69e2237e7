package io.planscope.web;

import io.planscope.app.AdminToken;

/**
 * How the server guards and limits requests.
 *
 * @param token the admin token writes need (see {@link AdminToken})
 * @param privateReads whether reads need the token too ({@code serve --private})
 * @param maxUploadBytes the largest request body accepted by an upload (default 20 MB)
 */
public record WebOptions(AdminToken token, boolean privateReads, long maxUploadBytes) {
  public static final long DEFAULT_MAX_UPLOAD = 20L << 20;
}
