package kz.iinportal.review;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import kz.iinportal.application.Application;
import kz.iinportal.application.ApplicationStatus;
import kz.iinportal.application.RefusalGround;
import kz.iinportal.application.Service;
import kz.iinportal.iin.IinRecord;
import kz.iinportal.iin.IinStatus;
import kz.iinportal.iin.Register;
import kz.iinportal.matching.Likeness;
import kz.iinportal.matching.MatchPart;
import kz.iinportal.staff.TerritorialBody;

/**
 * What the register and the other applications know of the person a case is about, for the operator's review page:
 * duplicate candidates in the register, earlier applications, and for a correction the IIN the applicant named.
 * <p>
 * Every register person or application that may be the applicant is scored by {@link Likeness} (0–100, with its
 * parts) and shown from {@code iin.matching.candidate-threshold} on, best first; from
 * {@code iin.matching.strong-threshold} on, or with the same identity document, the candidate is {@code strong}.
 * Whom to score is found through indexes only (V10, V19): the same document by its key (case, spaces, hyphens,
 * O/0 and I/1 do not count) and issuing country; the persons born on the same day, with day and month swapped, or a
 * day before or after, whose names are then compared in Java; and the persons born the same day and month of a year
 * one digit off whose family name has the same {@code latin_key} (any script, any romanisation). Nobody else can
 * reach the candidate threshold: any other birth date caps the score at 73.
 */
@ApplicationScoped
public class SamePerson {

    /** Why a register record or an application was taken for the same person. */
    public enum Reason {
        /** Same identity document number (case, spaces, hyphens, O/0, I/1 aside) and issuing country. */
        DOCUMENT,
        /** Same family name, given names and birth date after {@link NameKey normalisation}. */
        NAME_AND_BIRTH_DATE,
        /** Alike by score: names in another script or order, a typing slip, a birth date off by a swap or a day. */
        LIKENESS
    }

    /**
     * One IIN record of a person in the register who may be the applicant, with every reason it matched.
     *
     * @param named    the person holds the IIN the applicant named for correction
     * @param thisCase the record was formed by this very application (its decision)
     * @param score    how alike the person is to the applicant, 0–100 ({@link Likeness})
     * @param parts    what the score is made of, one entry per compared part
     * @param strong   the score reaches the strong threshold, or the person holds the same identity document
     */
    public record Candidate(long personId, String iin, IinStatus status, String replacedBy, String familyName,
            String givenNames, LocalDate birthDate, Set<Reason> reasons, boolean named, boolean thisCase, int score,
            List<MatchPart> parts, boolean strong) {

        /** The person has (or had) the applicant's identity document: the same person, no verdict needed. */
        public boolean sameDocument() {
            return reasons.contains(Reason.DOCUMENT);
        }
    }

    /**
     * Another application of the same person; {@code mayOpen} when it is a case of the operator's own body;
     * {@code score} and {@code parts} as for {@link Candidate}.
     */
    public record EarlierApplication(long id, String reference, Service service, ApplicationStatus status,
            OffsetDateTime submittedAt, String resultIin, RefusalGround refusalGround, TerritorialBody body,
            Set<Reason> reasons, boolean mayOpen, int score, List<MatchPart> parts) {
    }

    /**
     * The IIN an applicant named for correction, as the register has it: {@code record} null when the number is not
     * in the register; {@code inForce} the number that replaced it at the end of its correction chain, when it is
     * not itself ACTIVE.
     */
    public record NamedIin(String iin, IinRecord record, IinRecord inForce) {
        public boolean found() {
            return record != null;
        }
    }

    /** All three for the review page; {@code namedIin} null unless the case is a correction naming an IIN. */
    public record Findings(List<Candidate> candidates, List<EarlierApplication> earlier, NamedIin namedIin) {

        /**
         * An ACTIVE IIN already held under the same identity document (not the one this case formed): formation is
         * blocked, and the page warns. Null when there is none.
         */
        public Candidate activeWithSameDocument() {
            return candidates.stream().filter(c -> c.status() == IinStatus.ACTIVE && !c.thisCase()
                    && c.reasons().contains(Reason.DOCUMENT)).findFirst().orElse(null);
        }
    }

    @Inject
    RegisterCandidates registerCandidates;

    @Inject
    EarlierApplications earlierApplications;

    @Inject
    Register register;

    /** Everything for the review page of {@code app}, seen by an operator of {@code body}. */
    public Findings of(Application app, TerritorialBody body) {
        return new Findings(candidates(app), earlierApplications(app, body), namedIin(app));
    }

    /**
     * One entry per IIN record of every person scoring at least the candidate threshold (or holding the same
     * document): best score first; at equal scores persons matching for more reasons, then by document, first; within
     * a person the ACTIVE number first, then the older ones from the newest.
     */
    public List<Candidate> candidates(Application app) {
        return registerCandidates.of(app);
    }

    /**
     * The person's other applications scoring at least the candidate threshold (or with the same document), whatever
     * their status (drafts are not applications yet) and whichever body has them: best first, then newest first.
     */
    public List<EarlierApplication> earlierApplications(Application app, TerritorialBody body) {
        return earlierApplications.of(app, body);
    }

    /** For a correction: the named IIN in the register, or not found; null for a formation. */
    public NamedIin namedIin(Application app) {
        if (app.service != Service.CORRECTION || app.currentIin == null || app.currentIin.isBlank()) {
            return null;
        }
        IinRecord record = register.find(app.currentIin).orElse(null);
        IinRecord inForce = record == null || record.status == IinStatus.ACTIVE ? null
                : register.current(app.currentIin).filter(r -> !r.iin.equals(app.currentIin)).orElse(null);
        return new NamedIin(app.currentIin, record, inForce);
    }
}
