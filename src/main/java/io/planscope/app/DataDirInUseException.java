package io.planscope.app;

import java.io.IOException;
import java.nio.file.Path;

/** Another process (usually a running {@code serve}) holds the data directory's index lock. */
public final class DataDirInUseException extends IOException {
  public DataDirInUseException(Path root, Throwable cause) {
    super("the data directory " + root + " is in use by another PlanScope process (a running './planscope serve'?);"
        + " stop it first, use its HTTP API instead, or give another --data DIR", cause);
  }
}
