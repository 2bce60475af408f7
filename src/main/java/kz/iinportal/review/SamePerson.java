package kz.iinportal.review;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import kz.iinportal.application.Application;
import kz.iinportal.application.ApplicationStatus;
import kz.iinportal.application.RefusalGround;
import kz.iinportal.application.Service;
import kz.iinportal.iin.IinRecord;
import kz.iinportal.iin.IinStatus;
import kz.iinportal.iin.Register;
import kz.iinportal.staff.TerritorialBody;

/**
 * What the register and the other applications know of the person a case is about, for the operator's review page:
 * duplicate candidates in the register, earlier applications, and for a correction the IIN the applicant named.
 * <p>
 * A person matches by the same identity document (number regardless of case, and issuing country; any of the
 * person's documents, old ones included) or by the same family name, given names and birth date after
 * {@link NameKey normalisation}. Every query goes through an index: the document by
 * {@code upper(number), issuing country}, the names by birth date (V10), after which only the id and names of the
 * persons born that day are compared in Java, so no normalised copy of the names needs to be kept in step.
 */
@ApplicationScoped
public class SamePerson {

    /** Why a register record or an application was taken for the same person. */
    public enum Reason {
        /** Same identity document number and issuing country. */
        DOCUMENT,
        /** Same family name, given names and birth date after normalisation. */
        NAME_AND_BIRTH_DATE
    }

    /**
     * One IIN record of a person in the register who may be the applicant, with every reason it matched.
     *
     * @param named    the person holds the IIN the applicant named for correction
     * @param thisCase the record was formed by this very application (its decision)
     */
    public record Candidate(long personId, String iin, IinStatus status, String replacedBy, String familyName,
            String givenNames, LocalDate birthDate, Set<Reason> reasons, boolean named, boolean thisCase) {

        /** So alike that it may be the applicant: it blocks a formation until the operator tells them apart. */
        public boolean strong() {
            return !reasons.isEmpty();
        }

        /** The person has (or had) the applicant's identity document: the same person, no verdict needed. */
        public boolean sameDocument() {
            return reasons.contains(Reason.DOCUMENT);
        }
    }

    /** Another application of the same person; {@code mayOpen} when it is a case of the operator's own body. */
    public record EarlierApplication(long id, String reference, Service service, ApplicationStatus status,
            OffsetDateTime submittedAt, String resultIin, RefusalGround refusalGround, TerritorialBody body,
            Set<Reason> reasons, boolean mayOpen) {
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
    EntityManager em;

    @Inject
    Register register;

    /** Everything for the review page of {@code app}, seen by an operator of {@code body}. */
    public Findings of(Application app, TerritorialBody body) {
        return new Findings(candidates(app), earlierApplications(app, body), namedIin(app));
    }

    /** One entry per IIN record of every matching person: persons matching for both reasons first, ACTIVE first. */
    public List<Candidate> candidates(Application app) {
        Map<Long, Set<Reason>> persons = new LinkedHashMap<>();
        if (hasDocument(app)) {
            em.createQuery("""
                    select distinct d.person.id from IdentityDocument d
                    where upper(d.number) = :number and d.issuingCountry = :country""", Long.class)
                    .setParameter("number", upper(app.documentNumber))
                    .setParameter("country", upper(app.documentCountry))
                    .getResultList().forEach(id -> add(persons, id, Reason.DOCUMENT));
        }
        NameKey key = NameKey.of(app.familyName, app.givenNames, app.birthDate);
        if (key.complete()) {
            em.createQuery("select p.id, p.familyName, p.givenNames from Person p where p.birthDate = :birthDate",
                    Object[].class).setParameter("birthDate", app.birthDate).getResultList().stream()
                    .filter(row -> key.matches(NameKey.of((String) row[1], (String) row[2], app.birthDate)))
                    .forEach(row -> add(persons, (Long) row[0], Reason.NAME_AND_BIRTH_DATE));
        }
        if (persons.isEmpty()) {
            return List.of();
        }
        List<IinRecord> records = new ArrayList<>(em.createQuery("""
                select r from IinRecord r join fetch r.person p
                where p.id in :persons""", IinRecord.class)
                .setParameter("persons", persons.keySet()).getResultList());
        // A person's records stay together: persons matching for both reasons first, then by document, then by name;
        // within a person the ACTIVE number first, then the older ones from the newest.
        records.sort(Comparator.<IinRecord>comparingInt(r -> -persons.get(r.person.id).size())
                .thenComparingInt(r -> persons.get(r.person.id).contains(Reason.DOCUMENT) ? 0 : 1)
                .thenComparing(r -> r.person.id)
                .thenComparingInt(r -> r.status == IinStatus.ACTIVE ? 0 : 1)
                .thenComparing(r -> r.formedAt, Comparator.reverseOrder()));
        Long namedPerson = namedPerson(app, records);
        List<Candidate> candidates = new ArrayList<>();
        for (IinRecord r : records) {
            candidates.add(new Candidate(r.person.id, r.iin, r.status, r.replacedBy, r.person.familyName, r.person.givenNames,
                    r.person.birthDate, persons.get(r.person.id), r.person.id.equals(namedPerson),
                    app.reference != null && app.reference.equals(r.formedByApplication)));
        }
        return candidates;
    }

    /**
     * The person's other applications, whatever their status (drafts are not applications yet) and whichever body
     * has them, newest first.
     */
    public List<EarlierApplication> earlierApplications(Application app, TerritorialBody body) {
        Map<Long, Set<Reason>> found = new LinkedHashMap<>();
        if (hasDocument(app)) {
            em.createQuery("""
                    select a.id from Application a
                    where upper(a.documentNumber) = :number and a.documentCountry = :country
                      and a.status <> :draft and a.id <> :id""", Long.class)
                    .setParameter("number", upper(app.documentNumber))
                    .setParameter("country", upper(app.documentCountry))
                    .setParameter("draft", ApplicationStatus.DRAFT).setParameter("id", app.id)
                    .getResultList().forEach(id -> add(found, id, Reason.DOCUMENT));
        }
        NameKey key = NameKey.of(app.familyName, app.givenNames, app.birthDate);
        if (key.complete()) {
            em.createQuery("""
                    select a.id, a.familyName, a.givenNames from Application a
                    where a.birthDate = :birthDate
                      and a.status <> :draft and a.id <> :id""",
                    Object[].class).setParameter("birthDate", app.birthDate)
                    .setParameter("draft", ApplicationStatus.DRAFT).setParameter("id", app.id)
                    .getResultList().stream()
                    .filter(row -> key.matches(NameKey.of((String) row[1], (String) row[2], app.birthDate)))
                    .forEach(row -> add(found, (Long) row[0], Reason.NAME_AND_BIRTH_DATE));
        }
        if (found.isEmpty()) {
            return List.of();
        }
        return em.createQuery("""
                select a from Application a left join fetch a.region
                where a.id in :ids order by a.submittedAt desc nulls last, a.id desc""", Application.class)
                .setParameter("ids", found.keySet()).getResultList().stream()
                .map(a -> new EarlierApplication(a.id, a.reference, a.service, a.status, a.submittedAt, a.resultIin,
                        a.refusalGround, a.region, found.get(a.id), BodyCases.mayOpen(body, a)))
                .toList();
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

    /** The register person who holds (or held) the IIN named for correction, when that person is among the records. */
    private static Long namedPerson(Application app, List<IinRecord> records) {
        if (app.service != Service.CORRECTION || app.currentIin == null) {
            return null;
        }
        return records.stream().filter(r -> r.iin.equals(app.currentIin)).map(r -> r.person.id).findFirst()
                .orElse(null);
    }

    private static boolean hasDocument(Application app) {
        return app.documentNumber != null && !app.documentNumber.isBlank() && app.documentCountry != null;
    }

    private static String upper(String s) {
        return s.strip().toUpperCase(Locale.ROOT);
    }

    private static void add(Map<Long, Set<Reason>> found, Long id, Reason reason) {
        found.computeIfAbsent(id, k -> EnumSet.noneOf(Reason.class)).add(reason);
    }
}
