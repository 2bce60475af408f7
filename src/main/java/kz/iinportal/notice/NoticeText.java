package kz.iinportal.notice;

import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

import kz.iinportal.application.Application;
import kz.iinportal.application.Voice;
import kz.iinportal.calendar.Deadline;
import kz.iinportal.iin.IinMask;
import kz.iinportal.web.BundleText;
import kz.iinportal.web.FormValues;

/**
 * The words of a notice, in the filer's language, from the portal's message bundles. Not through the request's
 * localisation: the notice of a decision is written while the operator works in their own language.
 * Placeholders are written %name% — braces would be read as template expressions by the page bundles. The words are
 * those of the recipient's {@link Voice}: the applicant reads of "your application", their representative of the
 * application they filed for the person named.
 */
final class NoticeText {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.uuuu");

    private NoticeText() {
    }

    record Text(String subject, String body) {
    }

    static Text of(Application app, NoticeKind kind, String link, String certificateUrl) {
        return of(app, kind, link, certificateUrl, Voice.SELF, Map.of());
    }

    static Text of(Application app, NoticeKind kind, String link, String certificateUrl, Voice voice) {
        return of(app, kind, link, certificateUrl, voice, Map.of());
    }

    /**
     * In the recipient's {@code voice}, with values of the caller's own (they may not replace the case's: a complaint
     * cannot restate the case).
     */
    static Text of(Application app, NoticeKind kind, String link, String certificateUrl, Voice voice,
            Map<String, String> extra) {
        String lang = app.language;
        Map<String, String> values = new LinkedHashMap<>();
        values.put("reference", app.reference);
        values.put("name", (FormValues.orEmpty(app.givenNames) + " " + FormValues.orEmpty(app.familyName)).strip());
        values.put("service", BundleText.get(lang, app.service.labelKey()));
        values.put("due", app.dueAt == null ? "" : DATE.format(Deadline.endingAt(app.dueAt).day()));
        values.put("body", app.region == null ? "" : app.region.name.in(lang));
        values.put("iin", FormValues.orEmpty(app.resultIin));
        values.put("ground", app.refusalGround == null ? ""
                : BundleText.get(lang, app.refusalGround.labelKey())
                        + (app.refusedForIin == null ? "" : ": " + IinMask.of(app.refusedForIin)));
        values.put("comment", FormValues.orEmpty(app.operatorComment));
        values.put("link", link);
        values.put("certificate", certificateUrl);
        extra.forEach(values::putIfAbsent);
        String body = fill(BundleText.get(lang, voice.key("notice.greeting")), values) + "\n\n"
                + fill(BundleText.get(lang, voice.key("notice.body." + kind)), values) + "\n\n"
                + fill(BundleText.get(lang, voice.key("notice.link")), values) + "\n\n"
                + BundleText.get(lang, "notice.signature");
        return new Text(fill(BundleText.get(lang, voice.key("notice.subject." + kind)), values), body);
    }

    private static String fill(String text, Map<String, String> values) {
        String filled = text;
        for (Map.Entry<String, String> value : values.entrySet()) {
            filled = filled.replace("%" + value.getKey() + "%", value.getValue());
        }
        return filled;
    }
}
