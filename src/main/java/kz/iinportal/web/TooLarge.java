package kz.iinportal.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;

/**
 * A body over {@code quarkus.http.limits.max-body-size} (an upload far over the 10 MB a document may have) is cut off
 * by the HTTP layer with an empty 413 while it is still arriving, before any page code runs. Browsers announce the
 * size of what they send, so such a request is answered here, before its body is read, with the portal's "too large"
 * page in the person's language (the same words as {@link ErrorPages}' 413 page, in a plain frame: no page code has
 * run, so there is no session to show in a header). Fields over the form limit reach {@link ErrorPages} instead.
 */
@ApplicationScoped
public class TooLarge {

    @Inject
    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    MemorySize maxBodySize;

    /** A filter of the highest priority runs before the HTTP layer's own size check. */
    void install(@Observes Filters filters) {
        long limit = maxBodySize.asLongValue();
        filters.register(ctx -> {
            String length = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (length != null && length.length() < 19 && length.chars().allMatch(Character::isDigit)
                    && Long.parseLong(length) > limit) {
                refuse(ctx);
            } else {
                ctx.next();
            }
        }, Integer.MAX_VALUE);
    }

    private static void refuse(RoutingContext ctx) {
        String lang = LanguageChoice.resolve(ctx.request());
        String page = "<!DOCTYPE html>\n<html lang=\"" + lang + "\">\n<head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + text(lang, "error.413.title") + " — " + text(lang, "service.name") + "</title>"
                + "<link rel=\"stylesheet\" href=\"/css/portal.css\"></head>\n<body>"
                + "<header class=\"header\"><div class=\"container header__top\"><a class=\"header__service\" href=\"/\">"
                + "<span class=\"header__emblem\" aria-hidden=\"true\">ИИН</span><span>" + text(lang, "service.name")
                + "</span></a></div></header>\n<main id=\"main\" class=\"container main\">"
                + "<h1>" + text(lang, "error.413.title") + "</h1><p>" + text(lang, "error.413.text") + "</p><p>"
                + text(lang, "error.413.back") + "</p><p><a href=\"/\">" + text(lang, "error.home") + "</a></p>"
                + "</main>\n</body>\n</html>\n";
        // the rest of the body is not read: the connection closes once the page is out
        ctx.response().setStatusCode(413).putHeader(HttpHeaders.CONTENT_TYPE, "text/html;charset=UTF-8")
                .putHeader(HttpHeaders.CONNECTION, "close").putHeader("Cache-Control", "no-store").end(page);
    }

    private static String text(String lang, String key) {
        return BundleText.get(lang, key).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
