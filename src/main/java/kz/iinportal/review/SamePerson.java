package kz.iinportal.review;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
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
import kz.iinportal.iin.IdentityDocument;
import kz.iinportal.iin.IinRecord;
import kz.iinportal.iin.IinStatus;
import kz.iinportal.iin.Person;
import kz.iinportal.iin.Register;
import kz.iinportal.matching.Likeness;
import kz.iinportal.matching.MatchPart;
import kz.iinportal.staff.TerritorialBody;
import kz.iinportal.web.PortalConfig;

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
    EntityManager em;

    @Inject
    Register register;

    @Inject
    PortalConfig config;

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
        Likeness likeness = Likeness.of(identity(app));
        Set<Long> sameDocument = new HashSet<>();
        if (hasDocument(app)) {
            sameDocument.addAll(IdentityDocument.holdersOf(app.documentNumber, upper(app.documentCountry)));
        }
        Set<Long> persons = new LinkedHashSet<>(sameDocument);
        if (app.birthDate != null) {
            for (Object[] row : Person.namesBornOn(nearbyDays(app.birthDate))) {
                if (likeness.mayMatch((String) row[1], (String) row[2], (String) row[3], (String) row[4])) {
                    persons.add((Long) row[0]);
                }
            }
            if (app.familyName != null) {
                persons.addAll(Person.sameFamilyKeyBornOn(yearSlips(app.birthDate), app.familyName,
                        app.familyNameCyrillic));
            }
        }
        if (persons.isEmpty()) {
            return List.of();
        }
        List<IinRecord> records = em.createQuery("""
                select r from IinRecord r join fetch r.person p
                where p.id in :persons""", IinRecord.class)
                .setParameter("persons", persons).getResultList();
        Map<Long, List<Likeness.Document>> documents = new HashMap<>();
        em.createQuery("select d from IdentityDocument d where d.person.id in :persons order by d.id",
                IdentityDocument.class).setParameter("persons", persons).getResultList()
                .forEach(d -> documents.computeIfAbsent(d.person.id, k -> new ArrayList<>())
                        .add(new Likeness.Document(d.number, d.issuingCountry)));
        NameKey key = NameKey.of(app.familyName, app.givenNames, app.birthDate);
        Map<Long, Likeness.Score> scores = new HashMap<>();
        Map<Long, Set<Reason>> reasons = new HashMap<>();
        for (IinRecord r : records) {
            Person p = r.person;
            if (scores.containsKey(p.id)) {
                continue;
            }
            Likeness.Score score = likeness.against(new Likeness.Identity(p.familyName, p.givenNames,
                    p.familyNameCyrillic, p.givenNamesCyrillic, p.birthDate, p.sex, p.citizenship,
                    documents.getOrDefault(p.id, List.of())));
            scores.put(p.id, score);
            reasons.put(p.id, reasons(sameDocument.contains(p.id), key.matches(NameKey.of(p.familyName,
                    p.givenNames, p.birthDate)), score));
        }
        int threshold = config.matching().candidateThreshold();
        Long namedPerson = namedPerson(app, records);
        List<IinRecord> shown = new ArrayList<>(records.stream()
                .filter(r -> sameDocument.contains(r.person.id) || scores.get(r.person.id).value() >= threshold)
                .toList());
        shown.sort(Comparator.<IinRecord>comparingInt(r -> -scores.get(r.person.id).value())
                .thenComparingInt(r -> -reasons.get(r.person.id).size())
                .thenComparingInt(r -> reasons.get(r.person.id).contains(Reason.DOCUMENT) ? 0 : 1)
                .thenComparing(r -> r.person.id)
                .thenComparingInt(r -> r.status == IinStatus.ACTIVE ? 0 : 1)
                .thenComparing(r -> r.formedAt, Comparator.reverseOrder()));
        List<Candidate> candidates = new ArrayList<>();
        for (IinRecord r : shown) {
            Likeness.Score score = scores.get(r.person.id);
            Set<Reason> why = reasons.get(r.person.id);
            candidates.add(new Candidate(r.person.id, r.iin, r.status, r.replacedBy, r.person.familyName,
                    r.person.givenNames, r.person.birthDate, why, r.person.id.equals(namedPerson),
                    app.reference != null && app.reference.equals(r.formedByApplication), score.value(),
                    score.parts(), strong(score, why)));
        }
        return candidates;
    }

    /**
     * The person's other applications scoring at least the candidate threshold (or with the same document), whatever
     * their status (drafts are not applications yet) and whichever body has them: best first, then newest first.
     */
    public List<EarlierApplication> earlierApplications(Application app, TerritorialBody body) {
        long self = app.id == null ? -1 : app.id;
        Set<Long> sameDocument = new HashSet<>();
        if (hasDocument(app)) {
            sameDocument.addAll(Application.othersWithDocument(app.documentNumber, upper(app.documentCountry), self));
        }
        Map<Long, Application> found = new LinkedHashMap<>();
        if (app.birthDate != null) {
            Application.othersBornOn(nearbyDays(app.birthDate), self).forEach(a -> found.put(a.id, a));
        }
        Set<Long> missing = new HashSet<>(sameDocument);
        missing.removeAll(found.keySet());
        if (!missing.isEmpty()) {
            em.createQuery("select a from Application a where a.id in :ids", Application.class)
                    .setParameter("ids", missing).getResultList().forEach(a -> found.put(a.id, a));
        }
        if (found.isEmpty()) {
            return List.of();
        }
        Likeness likeness = Likeness.of(identity(app));
        NameKey key = NameKey.of(app.familyName, app.givenNames, app.birthDate);
        int threshold = config.matching().candidateThreshold();
        List<EarlierApplication> earlier = new ArrayList<>();
        for (Application a : found.values()) {
            Likeness.Score score = likeness.against(identity(a));
            boolean document = sameDocument.contains(a.id);
            if (!document && score.value() < threshold) {
                continue;
            }
            earlier.add(new EarlierApplication(a.id, a.reference, a.service, a.status, a.submittedAt, a.resultIin,
                    a.refusalGround, a.region,
                    reasons(document, key.matches(NameKey.of(a.familyName, a.givenNames, a.birthDate)), score),
                    BodyCases.mayOpen(body, a), score.value(), score.parts()));
        }
        earlier.sort(Comparator.comparingInt((EarlierApplication e) -> -e.score())
                .thenComparing(EarlierApplication::submittedAt, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(EarlierApplication::id, Comparator.reverseOrder()));
        return earlier;
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

    private boolean strong(Likeness.Score score, Set<Reason> reasons) {
        return reasons.contains(Reason.DOCUMENT) || score.value() >= config.matching().strongThreshold();
    }

    private static Set<Reason> reasons(boolean sameDocument, boolean sameNames, Likeness.Score score) {
        Set<Reason> reasons = EnumSet.noneOf(Reason.class);
        if (sameDocument) {
            reasons.add(Reason.DOCUMENT);
        }
        if (sameNames) {
            reasons.add(Reason.NAME_AND_BIRTH_DATE);
        }
        if (reasons.isEmpty() && score.value() > 0) {
            reasons.add(Reason.LIKENESS);
        }
        return reasons;
    }

    /** The birth dates a candidate can have and still reach the candidate threshold without the same family key. */
    static Set<LocalDate> nearbyDays(LocalDate born) {
        Set<LocalDate> days = new LinkedHashSet<>();
        days.add(born);
        days.add(born.minusDays(1));
        days.add(born.plusDays(1));
        if (born.getDayOfMonth() <= 12 && born.getDayOfMonth() != born.getMonthValue()) {
            days.add(LocalDate.of(born.getYear(), born.getDayOfMonth(), born.getMonthValue()));
        }
        return days;
    }

    /** The same day and month in the years written alike but for one digit (1985: 1980–1989 and 1905–1995). */
    static Set<LocalDate> yearSlips(LocalDate born) {
        Set<LocalDate> days = new LinkedHashSet<>();
        int year = born.getYear();
        for (int unit = 1; unit <= 1000; unit *= 10) {
            int digit = year / unit % 10;
            for (int d = 0; d <= 9; d++) {
                int other = year + (d - digit) * unit;
                if (d != digit && other >= 1000 && (born.getMonthValue() != 2 || born.getDayOfMonth() < 29
                        || Year.isLeap(other))) {
                    days.add(LocalDate.of(other, born.getMonthValue(), born.getDayOfMonth()));
                }
            }
        }
        return days;
    }

    private static Likeness.Identity identity(Application a) {
        return new Likeness.Identity(a.familyName, a.givenNames, a.familyNameCyrillic, a.givenNamesCyrillic,
                a.birthDate, a.sex, Boolean.TRUE.equals(a.stateless) ? null : a.citizenship,
                hasDocument(a) ? List.of(new Likeness.Document(a.documentNumber.strip(), upper(a.documentCountry)))
                        : List.of());
    }
}
