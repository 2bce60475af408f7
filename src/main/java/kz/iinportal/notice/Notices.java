package kz.iinportal.notice;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.transaction.Transactional;

import io.quarkiverse.renarde.router.Router;
import kz.iinportal.application.Application;
import kz.iinportal.application.Applications;
import kz.iinportal.application.Filer;
import kz.iinportal.application.NoticeRecipients;
import kz.iinportal.application.Voice;
import kz.iinportal.certificate.Certificate;
import kz.iinportal.certificate.Certificates;
import kz.iinportal.web.PortalConfig;

/**
 * Writes a case's notices into the outbox. Called inside the transaction that changes the case, so the notice exists
 * exactly when the change does: a rolled-back decision leaves no notice, a committed one always has its notice.
 */
@ApplicationScoped
@Named("notices")
public class Notices {

    @Inject
    PortalConfig portal;

    @Transactional(Transactional.TxType.MANDATORY)
    public void announce(Application app, NoticeKind kind) {
        announce(app, kind, Map.of());
    }

    /**
     * A notice whose text needs facts the case does not hold (a complaint's reference, term and answer), already in
     * the filer's language: each value fills the placeholder {@code %key%} of the notice's texts.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void announce(Application app, NoticeKind kind, Map<String, String> values) {
        // The e-mail is read outside the portal, so its links need the public address rather than the request's,
        // which may be an internal host behind the proxy. The routes need a request only outside test mode; every
        // caller today is an HTTP action, a background caller would have to supply the paths another way.
        String certificate = Certificate.ofApplication(app)
                .map(c -> portal.publicUrl() + Router.getURI(Certificates::pdf, c.number)).orElse("");
        String link = portal.publicUrl() + Router.getURI(Applications::detail, app.id);
        OffsetDateTime now = OffsetDateTime.now();
        for (Map.Entry<String, Voice> recipient : recipients(app).entrySet()) {
            NoticeText.Text text = NoticeText.of(app, kind, link, certificate, recipient.getValue(), values);
            Notice notice = new Notice();
            notice.applicationId = app.id;
            notice.kind = kind;
            notice.recipient = recipient.getKey();
            notice.language = app.language == null ? "en" : app.language;
            notice.subject = text.subject();
            notice.body = text.body();
            notice.createdAt = now;
            notice.nextAttemptAt = now;
            notice.persist();
        }
    }

    /** The filer hears once that review started, not again when a case goes back to the queue and is taken anew. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void reviewStarted(Application app) {
        if (Notice.count("applicationId = ?1 and kind = ?2", app.id, NoticeKind.IN_REVIEW) == 0) {
            announce(app, NoticeKind.IN_REVIEW);
        }
    }

    /** The notices of a case, for its pages. */
    public List<Notice> of(Application app) {
        return Notice.ofApplication(app.id);
    }

    /**
     * Whom the case's notices go to, each with the words they read: the person, or as the representative chose when
     * filing for them. None when no address was given (a walk-in at a service centre may have none: the printed
     * receipt tells them how to follow the case).
     */
    static Map<String, Voice> recipients(Application app) {
        Map<String, Voice> to = new LinkedHashMap<>();
        NoticeRecipients chosen = app.filer == Filer.REPRESENTATIVE ? app.noticeRecipients : NoticeRecipients.PRINCIPAL;
        if (chosen == NoticeRecipients.REPRESENTATIVE || chosen == NoticeRecipients.BOTH) {
            add(to, app.filerEmail, Voice.REPRESENTATIVE);
        }
        if (chosen == null || chosen == NoticeRecipients.PRINCIPAL || chosen == NoticeRecipients.BOTH) {
            add(to, app.email, Voice.SELF);
        }
        return to;
    }

    /** Whether anyone hears of the case by e-mail. */
    public boolean reachesAnyone(Application app) {
        return !recipients(app).isEmpty();
    }

    private static void add(Map<String, Voice> to, String address, Voice voice) {
        if (address != null && !address.isBlank()) {
            to.putIfAbsent(address.strip().toLowerCase(Locale.ROOT), voice);
        }
    }
}
