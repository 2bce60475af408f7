package kz.iinportal.notice;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

import kz.iinportal.application.Application;

/**
 * The words of a notice, in the filer's language, from the portal's message bundles. Not through the request's
 * localisation: the notice of a decision is written while the operator works in their own language.
 * Placeholders are written %name% — braces would be read as template expressions by the page bundles.
 */
final class NoticeText {

    private static final ZoneId KAZAKHSTAN = ZoneId.of("Asia/Almaty");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.uuuu");
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private NoticeText() {
    }

    record Text(String subject, String body) {
    }

    static Text of(Application app, NoticeKind kind, String publicUrl, String certificateUrl) {
        ResourceBundle bundle = bundle(app.language);
        Map<String, String> values = new LinkedHashMap<>();
        values.put("reference", app.reference);
        values.put("name", (nz(app.givenNames) + " " + nz(app.familyName)).strip());
        values.put("service", bundle.getString("service." + app.service));
        values.put("due", app.dueAt == null ? "" : DATE.format(app.dueAt.atZoneSameInstant(KAZAKHSTAN)));
        values.put("body", app.region == null ? "" : app.region.name.in(language(app.language)));
        values.put("iin", nz(app.resultIin));
        values.put("ground", app.refusalGround == null ? ""
                : bundle.getString("refusalGround." + app.refusalGround)
                        + (app.refusedForIin == null ? "" : ": " + app.refusedForIin));
        values.put("comment", nz(app.operatorComment));
        values.put("link", publicUrl + "/applications/" + app.id);
        values.put("certificate", certificateUrl);
        String body = fill(bundle.getString("notice.greeting"), values) + "\n\n"
                + fill(bundle.getString("notice.body." + kind), values) + "\n\n"
                + fill(bundle.getString("notice.link"), values) + "\n\n"
                + bundle.getString("notice.signature");
        return new Text(fill(bundle.getString("notice.subject." + kind), values), body);
    }

    private static String fill(String text, Map<String, String> values) {
        String filled = text;
        for (Map.Entry<String, String> value : values.entrySet()) {
            filled = filled.replace("%" + value.getKey() + "%", value.getValue());
        }
        return filled;
    }

    private static ResourceBundle bundle(String language) {
        String lang = language(language);
        return ResourceBundle.getBundle("messages", "en".equals(lang) ? Locale.ROOT : Locale.forLanguageTag(lang),
                NO_FALLBACK);
    }

    private static String language(String language) {
        return "kk".equals(language) || "ru".equals(language) ? language : "en";
    }

    private static String nz(String value) {
        return value == null ? "" : value;
    }
}
