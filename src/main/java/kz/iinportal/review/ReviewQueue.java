package kz.iinportal.review;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

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

    /**
     * One page, in one statement: the shown columns and the assignees' names (no entities, nothing loaded per row).
     * {@code after} is the key of the last case of the previous page, as given by {@link Page#next}.
     */
    public Page page(TerritorialBody body, QueueFilter filter, String operator, String after, OffsetDateTime now) {
        QueueFilter.QueryParts parts = new QueueFilter.QueryParts();
        StringBuilder jpql = new StringBuilder(QueueCase.SELECT).append(" where a.region = :body");
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
        TypedQuery<QueueCase> query = em.createQuery(jpql.toString(), QueueCase.class);
        parts.forEach(query::setParameter);
        List<QueueCase> rows = query.setMaxResults(PAGE_SIZE + 1).getResultList();
        boolean more = rows.size() > PAGE_SIZE;
        List<QueueCase> page = more ? rows.subList(0, PAGE_SIZE) : rows;
        String next = more ? Key.of(page.get(page.size() - 1)) : null;
        return new Page(page, next);
    }

    /**
     * How many cases each quick filter would show, for the counts beside the filter links: one statement, one
     * index-only pass over the body's open cases in V15's partial index application_open_cases (it holds the assignee
     * and the deadline the filters test).
     */
    public Counts counts(TerritorialBody body, String operator, OffsetDateTime now) {
        Object[] row = em.createQuery("select count(*), count(*) filter (where a.assignedTo = :me),"
                + " count(*) filter (where a.assignedTo is null), count(*) filter (where a.dueAt < :now)"
                + " from Application a where a.region = :body" + QueueFilter.OPEN, Object[].class)
                .setParameter("me", operator).setParameter("now", now).setParameter("body", body).getSingleResult();
        return new Counts((Long) row[0], (Long) row[1], (Long) row[2], (Long) row[3]);
    }

    /** The counts beside the queue's quick filters: open cases, mine, unassigned, overdue. */
    public record Counts(long open, long mine, long unassigned, long overdue) {
    }

    public record Page(List<QueueCase> cases, String next) {
    }

    /**
     * The position after a case in deadline order, written as "epochMicros-id" in links: microseconds, the precision
     * PostgreSQL stores, so the key compares equal to the stored deadline and no case is shown twice.
     */
    record Key(OffsetDateTime dueAt, long id) {

        static String of(QueueCase a) {
            return of(a.dueAt(), a.id());
        }

        static String of(OffsetDateTime dueAt, long id) {
            if (dueAt == null) {
                return null; // only cases submitted before deadlines were stored; they come last, on one page
            }
            Instant due = dueAt.toInstant();
            return (due.getEpochSecond() * 1_000_000L + due.getNano() / 1_000) + "-" + id;
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
