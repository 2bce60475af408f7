package kz.iinportal.application;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.query.NativeQuery;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import kz.iinportal.calendar.Deadline;
import kz.iinportal.iin.DocumentType;
import kz.iinportal.iin.Sex;
import kz.iinportal.staff.ServiceCentre;
import kz.iinportal.staff.TerritorialBody;
import kz.iinportal.web.Pagination;

/**
 * An application for the formation or correction of an IIN: a draft while the filer answers the questions step by
 * step, then a case. Status changes only through {@link #moveTo}, which checks the transition and writes the timeline.
 */
@Entity
@Table(name = "application")
@NamedQuery(name = "Application.ownedBy", query = "from Application a where a.id = ?1 and a.createdBy = ?2")
public class Application extends PanacheEntity {

    public String reference;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Service service;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Channel channel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Filer filer;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ApplicationStatus status = ApplicationStatus.DRAFT;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @ManyToOne
    @JoinColumn(name = "service_centre")
    public ServiceCentre serviceCentre;

    /** The filer's language: notices go out in it. */
    @Column(nullable = false)
    public String language;

    @Column(name = "current_iin")
    public String currentIin;

    @Enumerated(EnumType.STRING)
    @Column(name = "correction_reason")
    public CorrectionReason correctionReason;

    @Column(name = "family_name")
    public String familyName;
    @Column(name = "given_names")
    public String givenNames;
    @Column(name = "family_name_cyrillic")
    public String familyNameCyrillic;
    @Column(name = "given_names_cyrillic")
    public String givenNamesCyrillic;
    @Column(name = "birth_date")
    public LocalDate birthDate;
    @Enumerated(EnumType.STRING)
    public Sex sex;
    public String citizenship;
    public Boolean stateless;
    @Column(name = "place_of_birth")
    public String placeOfBirth;

    @Enumerated(EnumType.STRING)
    @Column(name = "document_type")
    public DocumentType documentType;
    @Column(name = "document_number")
    public String documentNumber;
    @Column(name = "document_country")
    public String documentCountry;
    @Column(name = "document_issue_date")
    public LocalDate documentIssueDate;
    @Column(name = "document_expiry_date")
    public LocalDate documentExpiryDate;

    public String address;
    /** The region of temporary residence: it decides the territorial police body that receives the case. */
    @ManyToOne
    @JoinColumn(name = "region")
    public TerritorialBody region;
    public String email;
    /** A representative's own address for the notices they chose to receive; set when they submit. */
    @Column(name = "filer_email")
    public String filerEmail;
    public String phone;

    @Enumerated(EnumType.STRING)
    @Column(name = "authority_kind")
    public AuthorityKind authorityKind;
    @Column(name = "authority_number")
    public String authorityNumber;
    @Column(name = "authority_date")
    public LocalDate authorityDate;
    @Column(name = "authority_valid_until")
    public LocalDate authorityValidUntil;
    @Enumerated(EnumType.STRING)
    @Column(name = "notice_recipients")
    public NoticeRecipients noticeRecipients;

    /** End of the working day by which the police must decide (see calendar.WorkingCalendar and {@link #deadline()}). */
    @Column(name = "due_at")
    public OffsetDateTime dueAt;
    /** Login of the operator working on the case; only they can decide it. */
    @Column(name = "assigned_to")
    public String assignedTo;

    /** The IIN formed or corrected by the decision. */
    @Column(name = "result_iin")
    public String resultIin;
    @Enumerated(EnumType.STRING)
    @Column(name = "refusal_ground")
    public RefusalGround refusalGround;

    /** For {@link RefusalGround#IIN_ALREADY_REGISTERED}: the registered IIN the refusal relied on. */
    @Column(name = "refused_for_iin")
    public String refusedForIin;
    /** The operator's comment to the applicant, mandatory with a refusal. */
    @Column(name = "operator_comment")
    public String operatorComment;

    @Column(name = "declaration_accepted", nullable = false)
    public boolean declarationAccepted;
    @Column(name = "consent_accepted", nullable = false)
    public boolean consentAccepted;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt = OffsetDateTime.now();
    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt = OffsetDateTime.now();
    @Column(name = "submitted_at")
    public OffsetDateTime submittedAt;
    @Column(name = "decided_at")
    public OffsetDateTime decidedAt;

    @Version
    public long version;

    /** Whom the application's pages speak to: the applicant, or who files for them. */
    public Voice voice() {
        return Voice.of(channel, filer);
    }

    /**
     * Online, the e-mail address is how the applicant hears of the case; at a service centre someone may have none,
     * and the printed receipt tells them how to follow it instead.
     */
    public boolean emailRequired() {
        return channel != Channel.SERVICE_CENTRE;
    }

    /** The deadline of a submitted case (its due day, not the midnight after it that {@link #dueAt} stores). */
    public Deadline deadline() {
        return dueAt == null ? null : Deadline.endingAt(dueAt);
    }

    /**
     * Whether this is a case of {@code body}: filed (not a draft) in the body's region, so its operators may open it
     * (null for someone who works for no body). The region decides, not who is assigned.
     */
    public boolean isCaseOf(TerritorialBody body) {
        return body != null && region != null && region.code.equals(body.code) && status != ApplicationStatus.DRAFT;
    }

    /**
     * Changes the status and records the step in the timeline.
     *
     * @throws IllegalStateException when the rules of {@link ApplicationStatus} forbid the transition
     */
    public ApplicationEvent moveTo(ApplicationStatus next, String actor, String actorRole, EventKind kind) {
        return moveTo(next, actor, actorRole, kind, null);
    }

    public ApplicationEvent moveTo(ApplicationStatus next, String actor, String actorRole, EventKind kind,
            EventDetail detail) {
        return moveToAt(OffsetDateTime.now(), next, actor, actorRole, kind, detail);
    }

    /** A step taken at a past instant: only demo data has a history to write ({@link DemoApplications}). */
    ApplicationEvent moveToAt(OffsetDateTime at, ApplicationStatus next, String actor, String actorRole, EventKind kind,
            EventDetail detail) {
        if (!status.canBecome(next)) {
            throw new IllegalStateException("An application cannot go from " + status + " to " + next);
        }
        ApplicationEvent event = append(actor, actorRole, kind, detail, status, next, at);
        status = next;
        updatedAt = event.at;
        return event;
    }

    /** Records a step that does not change the status (e.g. created). */
    public ApplicationEvent record(String actor, String actorRole, EventKind kind) {
        return record(actor, actorRole, kind, null);
    }

    /** Records a step with a detail, e.g. which document was opened. */
    public ApplicationEvent record(String actor, String actorRole, EventKind kind, EventDetail detail) {
        return append(actor, actorRole, kind, detail, null, null, OffsetDateTime.now());
    }

    /** A step without a status change at a past instant: demo data only ({@link DemoApplications}). */
    ApplicationEvent recordAt(OffsetDateTime at, String actor, String actorRole, EventKind kind) {
        return append(actor, actorRole, kind, null, null, null, at);
    }

    /** Events are written once, complete: the database refuses any later change to them. */
    private ApplicationEvent append(String actor, String actorRole, EventKind kind, EventDetail detail,
            ApplicationStatus from, ApplicationStatus to, OffsetDateTime at) {
        ApplicationEvent event = new ApplicationEvent();
        event.application = this;
        event.at = at;
        event.actor = actor;
        event.actorRole = actorRole;
        event.kind = kind;
        event.detail = detail == null ? null : detail.encode();
        event.fromStatus = from;
        event.toStatus = to;
        event.persist();
        return event;
    }

    /**
     * Whose applications "My applications" lists: a filer's own, or every application keyed in at a service centre;
     * as an HQL condition (the search by reference) and as an SQL one (the page, {@link #listed}).
     */
    public static final class Filed {

        private final String condition;
        private final Object who;
        /** The same condition in SQL, on {@link #key}, for the one-statement page ({@link #listed}). */
        private final String column;
        private final String key;

        private Filed(String condition, Object who, String column, String key) {
            this.condition = condition;
            this.who = who;
            this.column = column;
            this.key = key;
        }

        public static Filed by(String login) {
            return new Filed("createdBy = ?1", login, "created_by", login);
        }

        public static Filed at(ServiceCentre centre) {
            return new Filed("serviceCentre = ?1", centre, "service_centre", centre.code);
        }
    }

    /** The ids of the open cases an operator has taken, oldest first (the order cases are locked in). */
    public static List<Long> openAssignedTo(String operator) {
        return Application.<Application>list("assignedTo = ?1 and status in ?2 order by id", operator,
                List.of(ApplicationStatus.SUBMITTED, ApplicationStatus.IN_REVIEW)).stream().map(a -> a.id).toList();
    }

    /**
     * A page of "My applications" in one statement: the count of the sent applications, and beside it (LATERAL, so
     * that a page asked beyond the last is answered with the last, as {@code web.Pagination.clamp} numbers it) the
     * drafts, newest first (a filer has at most {@code iin.drafts.max-open}, so they need no pages), and that page of the sent ones, the most recently sent first. The DRAFT literal is written
     * out so that V21's partial indexes answer the count and the page in order; only the listed columns are read.
     */
    @SuppressWarnings("unchecked")
    public static ListedApplication.Page listed(Filed filed, int page, int pageSize) {
        String who = filed.column + " = :who";
        String columns = "id, reference, service, status, family_name, given_names, created_at, submitted_at";
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                SELECT t.total, p.kind, p.id, p.reference, p.service, p.status, p.family_name, p.given_names,
                       p.created_at, p.submitted_at
                FROM (SELECT count(*) AS total FROM application WHERE %1$s AND status <> 'DRAFT') t
                LEFT JOIN LATERAL (
                    (SELECT 0 AS kind, %2$s FROM application WHERE %1$s AND status = 'DRAFT'
                     ORDER BY created_at DESC, id DESC)
                    UNION ALL
                    (SELECT 1 AS kind, %2$s FROM application WHERE %1$s AND status <> 'DRAFT'
                     ORDER BY submitted_at DESC, id DESC
                     LIMIT :size OFFSET :size * (LEAST(:page, GREATEST(1, (t.total + :size - 1) / :size)) - 1))
                ) p ON TRUE
                ORDER BY p.kind, CASE WHEN p.kind = 0 THEN p.created_at ELSE p.submitted_at END DESC, p.id DESC"""
                .formatted(who, columns))
                .setParameter("who", filed.key).setParameter("size", pageSize).setParameter("page", page)
                .unwrap(NativeQuery.class)
                .addScalar("total", Long.class).addScalar("kind", Integer.class).addScalar("id", Long.class)
                .addScalar("reference", String.class).addScalar("service", String.class)
                .addScalar("status", String.class).addScalar("family_name", String.class)
                .addScalar("given_names", String.class).addScalar("created_at", OffsetDateTime.class)
                .addScalar("submitted_at", OffsetDateTime.class)
                .getResultList();
        long total = rows.isEmpty() ? 0 : (Long) rows.get(0)[0];
        List<ListedApplication> drafts = new ArrayList<>();
        List<ListedApplication> sent = new ArrayList<>();
        for (Object[] row : rows) {
            if (row[2] == null) {
                continue; // no drafts and no sent application: the count's row alone
            }
            ListedApplication listed = new ListedApplication((Long) row[2], (String) row[3],
                    Service.valueOf((String) row[4]), ApplicationStatus.valueOf((String) row[5]), (String) row[6],
                    (String) row[7], (OffsetDateTime) row[8], (OffsetDateTime) row[9]);
            ((Integer) row[1] == 0 ? drafts : sent).add(listed);
        }
        int shown = Pagination.clamp(page, Pagination.lastPage(total, pageSize));
        return new ListedApplication.Page(drafts, sent, total, shown);
    }

    /** The sent application with this reference (in its canonical form), if it is among these. */
    public static Optional<Application> sentWithReference(Filed filed, String reference) {
        return find(filed.condition + " and reference = ?2", filed.who, reference).firstResultOptional();
    }

    /** How many drafts this login has started and not yet submitted or deleted. */
    public static long openDraftsOf(String login) {
        return count("createdBy = ?1 and status = ?2", login, ApplicationStatus.DRAFT);
    }

    /** The application if this login filed it; empty otherwise, so that others cannot tell it exists. */
    public static Optional<Application> findOwned(long id, String login) {
        return find("#Application.ownedBy", id, login).firstResultOptional();
    }

    /**
     * Ids of the other submitted applications (drafts are not applications yet) with a document of
     * {@code country} whose number has the same key as {@code number} (V19's {@code document_key}), in any body.
     */
    @SuppressWarnings("unchecked")
    public static List<Long> othersWithDocument(String number, String country, long except) {
        return ((List<Number>) getEntityManager().createNativeQuery("""
                SELECT id FROM application
                WHERE document_key(document_number) = document_key(CAST(:number AS text))
                  AND document_country = :country AND status <> 'DRAFT' AND id <> :except""")
                .setParameter("number", number).setParameter("country", country).setParameter("except", except)
                .getResultList()).stream().map(Number::longValue).toList();
    }

    /** The other submitted applications of persons born on any of {@code days}, in any body (V10's index). */
    public static List<Application> othersBornOn(Collection<LocalDate> days, long except) {
        return list("birthDate in ?1 and status <> ?2 and id <> ?3", days, ApplicationStatus.DRAFT, except);
    }
}
