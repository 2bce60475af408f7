package kz.iinportal.review;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import kz.iinportal.application.Application;
import kz.iinportal.matching.DocumentKey;
import kz.iinportal.web.Labelled;

/**
 * An operator's answer, in one case, to "is this register person the applicant?" (V18). Never changed: a later answer
 * on the same pair is a new row and the newest applies.
 */
@Entity
@Table(name = "person_verdict")
public class PersonVerdict extends PanacheEntity {

    public enum Verdict implements Labelled {
        /**
         * The same person although not by the same identity document (a re-issued passport, a corrected name): lets
         * a correction touch the person's IIN and ground 3 name it, in this case only.
         */
        SAME,
        /** A namesake or look-alike: no longer blocks formation, in this case and later cases of the same document. */
        NOT_SAME;

        @Override
        public String labelPrefix() {
            return "review.verdict.";
        }
    }

    /** A verdict's reason is shown on the review pages and kept in the audit. */
    public static final int MAX_REASON = 500;

    @Column(name = "application_id", nullable = false)
    public long applicationId;

    @Column(name = "person_id", nullable = false)
    public long personId;

    @Column(name = "document_key", nullable = false)
    public String documentKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Verdict verdict;

    @Column(nullable = false)
    public String reason;

    @Column(name = "decided_by", nullable = false)
    public String decidedBy;

    @Column(name = "decided_at", nullable = false)
    public OffsetDateTime decidedAt;

    /**
     * The verdicts that apply to the case, by register person: any given in the case itself, and NOT_SAME given in
     * another case of the same applicant document (the pair was already told apart). The newest per person wins.
     */
    public static Map<Long, PersonVerdict> applying(Application app) {
        List<PersonVerdict> found = find("""
                applicationId = ?1 or (documentKey = ?2 and verdict = ?3)
                order by decidedAt, id""", app.id, documentKey(app), Verdict.NOT_SAME).list();
        Map<Long, PersonVerdict> newest = new LinkedHashMap<>();
        found.forEach(v -> newest.put(v.personId, v));
        return newest;
    }

    /** Whether this verdict came from another case (an earlier one of the same document). */
    public boolean fromAnotherCase(Application app) {
        return applicationId != app.id;
    }

    /** The applicant's document as compared: its {@link DocumentKey} and its issuing country. */
    static String documentKey(Application app) {
        return documentKey(app.documentNumber, app.documentCountry);
    }

    /** One key for the application's documents and the register's, as the duplicate candidates compare them. */
    static String documentKey(String number, String issuingCountry) {
        return DocumentKey.of(number) + "|" + (issuingCountry == null ? "" : issuingCountry.toUpperCase(Locale.ROOT));
    }
}
