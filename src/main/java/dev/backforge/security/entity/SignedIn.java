package dev.backforge.security.entity;

import java.io.Serializable;
import java.util.Set;

/** Who signed in to the console: kept in the HTTP session, which only the sign-in endpoint creates. */
public record SignedIn(String user, Set<String> roles) implements Serializable {

    public static final String ATTRIBUTE = "dev.backforge.signed-in";
}
