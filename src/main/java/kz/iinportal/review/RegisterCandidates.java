package kz.iinportal.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import kz.iinportal.application.Application;
import kz.iinportal.application.Service;
import kz.iinportal.iin.IdentityDocument;
import kz.iinportal.iin.IinRecord;
import kz.iinportal.iin.IinStatus;
import kz.iinportal.iin.Person;
import kz.iinportal.matching.Likeness;
import kz.iinportal.review.SamePerson.Candidate;
import kz.iinportal.review.SamePerson.Reason;
import kz.iinportal.web.PortalConfig;

/** The duplicate candidates of {@link SamePerson}: the register persons who may be the applicant. */
@ApplicationScoped
class RegisterCandidates {

    @Inject
    EntityManager em;

    @Inject
    PortalConfig config;

    /**
     * One entry per IIN record of every person scoring at least the candidate threshold (or holding the same
     * document): best score first; at equal scores persons matching for more reasons, then by document, first; within
     * a person the ACTIVE number first, then the older ones from the newest.
     */
    public List<Candidate> of(Application app) {
        Likeness likeness = Likeness.of(CandidateSearch.identity(app));
        Set<Long> sameDocument = new HashSet<>();
        if (CandidateSearch.hasDocument(app)) {
            sameDocument
                    .addAll(IdentityDocument.holdersOf(app.documentNumber, CandidateSearch.upper(app.documentCountry)));
        }
        Set<Long> persons = new LinkedHashSet<>(sameDocument);
        if (app.birthDate != null) {
            for (Object[] row : Person.namesBornOn(CandidateSearch.nearbyDays(app.birthDate))) {
                if (likeness.mayMatch((String) row[1], (String) row[2], (String) row[3], (String) row[4])) {
                    persons.add((Long) row[0]);
                }
            }
            if (app.familyName != null) {
                persons.addAll(Person.sameFamilyKeyBornOn(CandidateSearch.yearSlips(app.birthDate), app.familyName,
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
            reasons.put(p.id, CandidateSearch.reasons(sameDocument.contains(p.id), key.matches(NameKey.of(p.familyName,
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

    /** The register person who holds (or held) the IIN named for correction, when that person is among the records. */
    private static Long namedPerson(Application app, List<IinRecord> records) {
        if (app.service != Service.CORRECTION || app.currentIin == null) {
            return null;
        }
        return records.stream().filter(r -> r.iin.equals(app.currentIin)).map(r -> r.person.id).findFirst()
                .orElse(null);
    }

    private boolean strong(Likeness.Score score, Set<Reason> reasons) {
        return reasons.contains(Reason.DOCUMENT) || score.value() >= config.matching().strongThreshold();
    }
}
