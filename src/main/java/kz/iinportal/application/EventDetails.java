package kz.iinportal.application;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import io.quarkiverse.renarde.util.I18N;
import kz.iinportal.iin.IinMask;

/**
 * An event's detail as lines in the reader's language, for the timelines and the audit log: the stored form is for the
 * audit chain and for machines, not for reading.
 */
@RequestScoped
@Named("eventDetails")
public class EventDetails {

    @Inject
    I18N i18n;

    @Inject
    Choices choices;

    /** Every fact, for staff. */
    public List<String> lines(EventDetail detail) {
        return lines(detail, true);
    }

    /**
     * The facts the filer's own timeline shows: not which operators a case went between (staff logins are not the
     * applicant's business) and not the document's fingerprint, which only the audit needs.
     */
    public List<String> forFiler(EventDetail detail) {
        return lines(detail, false);
    }

    private List<String> lines(EventDetail d, boolean staff) {
        List<String> lines = new ArrayList<>();
        if (d == null) {
            return lines;
        }
        if (d.complaint() != null) {
            lines.add(i18n.formatMessage("event.detail.complaint", d.complaint()));
        }
        if (d.documentId() != null) {
            lines.add(i18n.formatMessage("event.detail.document", d.documentId()));
        }
        if (d.fileName() != null) {
            lines.add(i18n.formatMessage("event.detail.file", d.fileName()));
        }
        if (staff && d.sha256() != null) {
            lines.add(i18n.formatMessage("event.detail.sha256", d.sha256()));
        }
        if (d.ground() != null) {
            lines.add(choices.ground(d.ground()));
        }
        if (d.iin() != null) {
            // the filer sees the end of an IIN only: a refusal's IIN, if the match was wrong, is a stranger's
            lines.add(i18n.formatMessage("event.detail.iin", staff ? d.iin() : IinMask.of(d.iin())));
        }
        if (staff && d.isReassignment()) {
            lines.add(i18n.formatMessage("event.detail.reassignment",
                    d.fromOperator() == null ? "—" : d.fromOperator(), d.toOperator()));
        }
        if (d.certificateNumber() != null) {
            lines.add(i18n.formatMessage("event.detail.certificate", d.certificateNumber()));
        }
        if (staff && d.text() != null) {
            lines.add(d.text());
        }
        return lines;
    }
}
