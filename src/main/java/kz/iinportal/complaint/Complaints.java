package kz.iinportal.complaint;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import kz.iinportal.application.Application;
import kz.iinportal.application.ApplicationEvent;
import kz.iinportal.application.ApplicationStatus;
import kz.iinportal.application.EventDetail;
import kz.iinportal.application.EventKind;
import kz.iinportal.calendar.WorkingCalendar;
import kz.iinportal.documents.DocumentStore;
import kz.iinportal.notice.NoticeKind;
import kz.iinportal.notice.Notices;
import kz.iinportal.web.BundleText;
import kz.iinportal.web.Kazakhstan;
import kz.iinportal.web.Role;

/**
 * Complaints against refusals: filing and answering, each in one transaction with the case's timeline (the audit) and
 * the filer's notice, which has ended — committed or rolled back — before the page is rendered. Both lock the case's
 * row first, so a complaint and its answer, two complaints sent from two tabs, or two heads answering at once are
 * put in a row: the second sees what the first did and is refused ({@link ComplaintRefused}) without changing
 * anything.
 */
@ApplicationScoped
public class Complaints {

    /** Law on Public Services, art. 25: a complaint to the provider is answered within five working days. */
    public static final int ANSWER_WORKING_DAYS = 5;

    private static final DateTimeFormatter NOTICE_DATE = DateTimeFormatter.ofPattern("dd.MM.uuuu");

    @Inject
    EntityManager em;

    @Inject
    WorkingCalendar calendar;

    @Inject
    Notices notices;

    @Inject
    ComplaintSettings settings;

    /** The last day (Kazakhstan time) a complaint on the refused case may be filed; null when it is not refused. */
    public LocalDate filingEnds(Application app) {
        if (app.status != ApplicationStatus.REFUSED || app.decidedAt == null) {
            return null;
        }
        return Kazakhstan.dateOf(app.decidedAt).plus(settings.filingPeriod());
    }

    /** Why the filer may not complain about the case now; null when they may. */
    public ComplaintRefused.Reason refusalToFile(Application app) {
        if (app.status != ApplicationStatus.REFUSED) {
            return ComplaintRefused.Reason.NOT_REFUSED;
        }
        if (Complaint.openOf(app.id).isPresent()) {
            return ComplaintRefused.Reason.ALREADY_OPEN;
        }
        LocalDate ends = filingEnds(app);
        if (ends == null || Kazakhstan.today().isAfter(ends)) {
            return ComplaintRefused.Reason.TERM_OVER;
        }
        return null;
    }

    /**
     * Files the complaint with its checked files, due {@link #ANSWER_WORKING_DAYS} working days after today on the
     * calendar. The caller has checked that the filer may see the case ({@code ApplicationAccess}).
     *
     * @throws ComplaintRefused when the case is not refused (any more), already has an open complaint, or the term
     *         for complaining has passed
     */
    @Transactional
    public Complaint file(long applicationId, ComplaintForm form, String actor, String role) {
        Application app = em.find(Application.class, applicationId, LockModeType.PESSIMISTIC_WRITE);
        ComplaintRefused.Reason refusal = app == null ? ComplaintRefused.Reason.NOT_REFUSED : refusalToFile(app);
        if (refusal != null) {
            throw new ComplaintRefused(refusal);
        }
        Complaint complaint = new Complaint();
        complaint.application = app;
        complaint.reference = ComplaintReference.next();
        form.applyTo(complaint);
        complaint.filedBy = actor;
        complaint.filedRole = role;
        complaint.filedAt = OffsetDateTime.now().truncatedTo(ChronoUnit.MICROS);
        complaint.dueAt = calendar.workingDaysAfter(complaint.filedAt, ANSWER_WORKING_DAYS).endsAt();
        complaint.refusedBy = refuser(app);
        complaint.refusedAt = app.decidedAt;
        complaint.refusalGround = app.refusalGround;
        complaint.refusalComment = app.operatorComment;
        complaint.persist();
        for (ComplaintForm.Attachment file : form.attachments()) {
            ComplaintDocument document = new ComplaintDocument();
            document.complaintId = complaint.id;
            document.fileName = file.fileName();
            document.mediaType = file.format().mediaType();
            document.sizeBytes = file.content().length;
            document.sha256 = DocumentStore.sha256(file.content());
            document.content = file.content();
            document.uploadedAt = complaint.filedAt;
            document.uploadedBy = actor;
            document.persist();
        }
        app.record(actor, role, EventKind.COMPLAINT_FILED, EventDetail.complaint(complaint.reference));
        notices.announce(app, NoticeKind.COMPLAINT_FILED, noticeValues(complaint, app.language));
        return complaint;
    }

    /**
     * A head's answer. Upheld, the case goes back to the body's queue (REFUSED → SUBMITTED) without its refusal and
     * with a new term of one working day, for an operator other than those whose refusal was set aside; rejected,
     * the refusal stands and the filer reads the reasons. The caller has checked that {@code head} heads the case's
     * body.
     *
     * @throws ComplaintRefused ({@link ComplaintRefused.Reason#ALREADY_ANSWERED}) when it was answered meanwhile
     */
    @Transactional
    public void answer(long complaintId, AnswerForm form, String head) {
        Long applicationId = em.createQuery("select c.application.id from Complaint c where c.id = ?1", Long.class)
                .setParameter(1, complaintId).getResultStream().findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No complaint " + complaintId));
        Application app = em.find(Application.class, applicationId, LockModeType.PESSIMISTIC_WRITE);
        Complaint complaint = em.find(Complaint.class, complaintId, LockModeType.PESSIMISTIC_WRITE);
        if (!complaint.isOpen()) {
            throw new ComplaintRefused(ComplaintRefused.Reason.ALREADY_ANSWERED);
        }
        form.applyTo(complaint);
        complaint.answeredBy = head;
        complaint.answeredAt = OffsetDateTime.now();
        EventDetail detail = EventDetail.complaint(complaint.reference);
        if (complaint.status == ComplaintStatus.UPHELD) {
            app.assignedTo = null;
            app.refusalGround = null;
            app.refusedForIin = null;
            app.operatorComment = null;
            app.decidedAt = null;
            app.dueAt = calendar.deadlineFor(complaint.answeredAt).endsAt();
            app.moveTo(ApplicationStatus.SUBMITTED, head, Role.SUPERVISOR_NAME, EventKind.COMPLAINT_UPHELD, detail);
        } else {
            app.record(head, Role.SUPERVISOR_NAME, EventKind.COMPLAINT_REJECTED, detail);
        }
        notices.announce(app, NoticeKind.COMPLAINT_ANSWERED, noticeValues(complaint, app.language));
    }

    /** Who refused: the actor of the case's last refusal in its timeline (only the assignee can refuse). */
    private static String refuser(Application app) {
        String refuser = app.assignedTo;
        for (ApplicationEvent event : ApplicationEvent.timeline(app)) {
            if (event.kind == EventKind.REFUSED) {
                refuser = event.actor;
            }
        }
        if (refuser == null) {
            throw new IllegalStateException("A refused case without its refusal: " + app.id);
        }
        return refuser;
    }

    /** The complaint's facts for the notice's texts, in the filer's language. */
    static Map<String, String> noticeValues(Complaint complaint, String language) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("complaint", complaint.reference);
        values.put("complaintDue", NOTICE_DATE.format(complaint.deadline().day()));
        values.put("outcome", complaint.status.isAnswer()
                ? BundleText.get(language, "complaint.notice.outcome." + complaint.status)
                : "");
        values.put("answer", complaint.answer == null ? "" : complaint.answer);
        return values;
    }
}
