package kz.iinportal.review;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import kz.iinportal.application.Application;
import kz.iinportal.staff.TerritorialBody;

/**
 * The queue of one territorial body, in deadline order, read page by page with a keyset (due_at, id) so that the
 * thousandth page costs what the first does, however many cases the body has.
 */
@ApplicationScoped
public class ReviewQueue {

    public static final int PAGE_SIZE = 25;

    @Inject
    EntityManager em;

    /** One page; {@code after} is the key of the last case of the previous page, as given by {@link Page#next}. */
    public Page page(TerritorialBody body, QueueFilter filter, String operator, String after, OffsetDateTime now) {
        QueueFilter.QueryParts parts = new QueueFilter.QueryParts();
        StringBuilder jpql = new StringBuilder("from Application a where a.region = :body");
        parts.put("body", body);
        jpql.append(filter.where(parts, operator, now));
        Optional<Key> key = Key.parse(after);
        if (key.isPresent()) {
            // "due >= x" first: an OR is no index condition, so without it PostgreSQL read and discarded every
            // earlier case (350 ms after row 150,000 of a million applications; docs/performance.md); now only the
            // cases tied with the key's deadline are filtered. Not "(a.dueAt, a.id) > (...)": Hibernate 7.2 sent
            // that as "due > x and id > y" in some runs (with SQL logging on), which skips the rest of a tie.
            jpql.append(" and a.dueAt >= :afterDue"
                    + " and (a.dueAt > :afterDue or (a.dueAt = :afterDue and a.id > :afterId))");
            parts.put("afterDue", key.get().dueAt());
            parts.put("afterId", key.get().id());
        }
        jpql.append(" order by a.dueAt, a.id");
        TypedQuery<Application> query = em.createQuery(jpql.toString(), Application.class);
        parts.forEach(query::setParameter);
        List<Application> rows = query.setMaxResults(PAGE_SIZE + 1).getResultList();
        boolean more = rows.size() > PAGE_SIZE;
        List<Application> page = more ? rows.subList(0, PAGE_SIZE) : rows;
        String next = more ? Key.of(page.get(page.size() - 1)) : null;
        return new Page(page, next);
    }

    /** How many cases each quick filter would show, for the counts beside the filter links. */
    public Map<String, Long> counts(TerritorialBody body, String operator, OffsetDateTime now) {
        return Map.of(
                "open", count(body, QueueFilter.parse(null, null, null, null, null), operator, now),
                "mine", count(body, QueueFilter.parse(null, null, "MINE", null, null), operator, now),
                "unassigned", count(body, QueueFilter.parse(null, null, "UNASSIGNED", null, null), operator, now),
                "overdue", count(body, QueueFilter.parse(null, null, null, "true", null), operator, now));
    }

    private long count(TerritorialBody body, QueueFilter filter, String operator, OffsetDateTime now) {
        QueueFilter.QueryParts parts = new QueueFilter.QueryParts();
        parts.put("body", body);
        String where = filter.where(parts, operator, now);
        TypedQuery<Long> query = em.createQuery(
                "select count(a) from Application a where a.region = :body" + where, Long.class);
        parts.forEach(query::setParameter);
        return query.getSingleResult();
    }

    public record Page(List<Application> cases, String next) {
    }

    /**
     * The position after a case in deadline order, written as "epochMicros-id" in links: microseconds, the precision
     * PostgreSQL stores, so the key compares equal to the stored deadline and no case is shown twice.
     */
    record Key(OffsetDateTime dueAt, long id) {

        static String of(Application a) {
            if (a.dueAt == null) {
                return null; // only cases submitted before deadlines were stored; they come last, on one page
            }
            Instant due = a.dueAt.toInstant();
            return (due.getEpochSecond() * 1_000_000L + due.getNano() / 1_000) + "-" + a.id;
        }

        static Optional<Key> parse(String text) {
            if (text == null || text.length() > 40) {
                return Optional.empty();
            }
            String[] parts = text.split("-", 2);
            try {
                return Optional.of(new Key(
                        Instant.EPOCH.plus(Long.parseLong(parts[0]), ChronoUnit.MICROS)
                                .atOffset(ZoneOffset.UTC),
                        Long.parseLong(parts[1])));
            } catch (RuntimeException malformed) {
                return Optional.empty();
            }
        }
    }
}
