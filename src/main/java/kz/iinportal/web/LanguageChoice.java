package kz.iinportal.web;

import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.quarkiverse.renarde.util.I18N;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;

/**
 * Chooses the page language: the remembered choice (cookie) first, then the browser's Accept-Language matched by
 * language only (so "kk-KZ" or "ru-RU" alone are understood), then English. Also applied by the error pages, which
 * can be rendered before the normal request filters ran (unknown address, missing role).
 */
@ApplicationScoped
public class LanguageChoice {

    @Inject
    I18N i18n;

    /** Runs after Renarde's own filter, which matches Accept-Language by exact locale only. */
    @ServerRequestFilter(priority = Priorities.USER + 100)
    public void choose(HttpServerRequest request) {
        applyTo(request);
    }

    public void applyTo(HttpServerRequest request) {
        i18n.setForCurrentRequest(resolve(request));
    }

    public static String resolve(HttpServerRequest request) {
        Cookie cookie = request.getCookie(I18N.LOCALE_COOKIE_NAME);
        if (cookie != null && PageContext.LANGUAGES.contains(cookie.getValue())) {
            return cookie.getValue();
        }
        return fromAcceptLanguage(request.getHeader("Accept-Language"));
    }

    /** The first language of the header the portal speaks, by descending quality; English when none. */
    static String fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return "en";
        }
        try {
            return Locale.LanguageRange.parse(header).stream()
                    .map(range -> range.getRange().split("-", 2)[0].toLowerCase(Locale.ROOT))
                    .filter(PageContext.LANGUAGES::contains)
                    .findFirst().orElse("en");
        } catch (IllegalArgumentException malformed) {
            return "en";
        }
    }
}
