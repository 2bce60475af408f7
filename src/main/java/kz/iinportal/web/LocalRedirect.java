package kz.iinportal.web;

import java.net.URI;
import java.net.URISyntaxException;

/** Redirect targets that come from the request must stay on this site, or the portal becomes an open redirector. */
public final class LocalRedirect {

    private LocalRedirect() {
    }

    public static boolean isSafe(String target) {
        if (target == null || target.isEmpty() || target.length() > 2000 || target.charAt(0) != '/') {
            return false;
        }
        if (target.length() > 1 && (target.charAt(1) == '/' || target.charAt(1) == '\\')) {
            return false;
        }
        for (int i = 0; i < target.length(); i++) {
            char c = target.charAt(i);
            if (c == '\\' || c < 0x20 || c == 0x7f) {
                return false;
            }
        }
        try {
            // what a browser could not have sent unencoded (a space, a bare "%") cannot be redirected to either
            new URI(target);
        } catch (URISyntaxException e) {
            return false;
        }
        return true;
    }

    public static String orHome(String target) {
        return isSafe(target) ? target : "/";
    }
}
