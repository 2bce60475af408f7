package kz.iinportal.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import kz.iinportal.application.Application;
import kz.iinportal.matching.Likeness;
import kz.iinportal.review.SamePerson.EarlierApplication;
import kz.iinportal.staff.TerritorialBody;
import kz.iinportal.web.PortalConfig;

/** The earlier applications of {@link SamePerson}: other applications that may be the applicant's. */
@ApplicationScoped
class EarlierApplications {

    @Inject
    EntityManager em;

    @Inject
    PortalConfig config;

    /**
     * The person's other applications scoring at least the candidate threshold (or with the same document), whatever
     * their status (drafts are not applications yet) and whichever body has them: best first, then newest first.
     */
    public List<EarlierApplication> of(Application app, TerritorialBody body) {
        long self = app.id == null ? -1 : app.id;
        Set<Long> sameDocument = new HashSet<>();
        if (CandidateSearch.hasDocument(app)) {
            sameDocument.addAll(Application.othersWithDocument(app.documentNumber,
                    CandidateSearch.upper(app.documentCountry), self));
        }
        Map<Long, Application> found = new LinkedHashMap<>();
        if (app.birthDate != null) {
            Application.othersBornOn(CandidateSearch.nearbyDays(app.birthDate), self).forEach(a -> found.put(a.id, a));
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
        Likeness likeness = Likeness.of(CandidateSearch.identity(app));
        NameKey key = NameKey.of(app.familyName, app.givenNames, app.birthDate);
        int threshold = config.matching().candidateThreshold();
        List<EarlierApplication> earlier = new ArrayList<>();
        for (Application a : found.values()) {
            Likeness.Score score = likeness.against(CandidateSearch.identity(a));
            boolean document = sameDocument.contains(a.id);
            if (!document && score.value() < threshold) {
                continue;
            }
            earlier.add(new EarlierApplication(a.id, a.reference, a.service, a.status, a.submittedAt, a.resultIin,
                    a.refusalGround, a.region,
                    CandidateSearch.reasons(document, key.matches(NameKey.of(a.familyName, a.givenNames, a.birthDate)),
                            score),
                    BodyCases.mayOpen(body, a), score.value(), score.parts()));
        }
        earlier.sort(Comparator.comparingInt((EarlierApplication e) -> -e.score())
                .thenComparing(EarlierApplication::submittedAt, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(EarlierApplication::id, Comparator.reverseOrder()));
        return earlier;
    }
}
