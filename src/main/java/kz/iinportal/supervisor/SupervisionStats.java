package kz.iinportal.supervisor;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import kz.iinportal.application.RefusalGround;
import kz.iinportal.staff.Staff;
import kz.iinportal.staff.TerritorialBody;
import kz.iinportal.web.Kazakhstan;

/**
 * The supervisor's figures, counted by PostgreSQL (GROUP BY, FILTER, percentile_cont) so that a page view reads a
 * few dozen rows however many applications there are. Pending means submitted and not decided (SUBMITTED or
 * IN_REVIEW); a pending case is either unassigned or assigned to an operator, so the two add up to the pending total
 * and the per-operator counts add up to the assigned ones. Decisions are counted over the last {@link #DAYS} days
 * in Kazakhstan time.
 */
@ApplicationScoped
public class SupervisionStats {

    public static final int DAYS = 30;

    private static final String PENDING = "a.status IN ('SUBMITTED', 'IN_REVIEW')";
    private static final String DECIDED = "a.status IN ('IIN_FORMED', 'IIN_CORRECTED', 'REFUSED')";
    private static final String HOURS_TO_DECISION = "percentile_cont(0.5) WITHIN GROUP "
            + "(ORDER BY extract(epoch FROM a.decided_at - a.submitted_at)) / 3600.0";

    @Inject
    EntityManager em;

    /** One territorial body's pending work and recent decisions. {@code medianHours} is null without decisions. */
    public record BodyFigures(TerritorialBody body, long unassigned, long assigned, long overdue, long decided,
            Double medianHours) {

        public long pending() {
            return unassigned + assigned;
        }
    }

    /** An operator and the pending cases assigned to them. */
    public record OperatorLoad(String login, String fullName, TerritorialBody body, long assigned) {
    }

    /** The decisions of one day (Kazakhstan time), by outcome. */
    public record DayDecisions(LocalDate day, long formed, long corrected, long refused) {

        public long total() {
            return formed + corrected + refused;
        }
    }

    /** Everything the dashboard shows, for all bodies or for one. */
    public record Figures(List<BodyFigures> bodies, List<OperatorLoad> operators, List<DayDecisions> days,
            Map<RefusalGround, Long> refusals, Double medianHours, long decided, LocalDate from, LocalDate to) {

        public long unassigned() {
            return bodies.stream().mapToLong(BodyFigures::unassigned).sum();
        }

        public long assigned() {
            return bodies.stream().mapToLong(BodyFigures::assigned).sum();
        }

        public long pending() {
            return bodies.stream().mapToLong(BodyFigures::pending).sum();
        }

        public long overdue() {
            return bodies.stream().mapToLong(BodyFigures::overdue).sum();
        }

        public long refused() {
            return refusals.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /**
     * The figures at {@code now}, of all bodies ({@code body} null) or of one.
     */
    @Transactional
    public Figures figures(TerritorialBody body, OffsetDateTime now) {
        LocalDate to = Kazakhstan.dateOf(now);
        LocalDate from = to.minusDays(DAYS - 1);
        OffsetDateTime since = from.atStartOfDay(Kazakhstan.ZONE).toOffsetDateTime();
        List<BodyFigures> bodies = bodies(body, now, since);
        List<OperatorLoad> operators = operators(body);
        List<DayDecisions> days = days(body, since, from, to);
        Map<RefusalGround, Long> refusals = refusals(body, since);
        Object[] overall = (Object[]) query("SELECT count(*), " + HOURS_TO_DECISION + " FROM application a WHERE "
                + DECIDED + " AND a.decided_at >= :since", body).setParameter("since", since).getSingleResult();
        return new Figures(bodies, operators, days, refusals, toDouble(overall[1]), toLong(overall[0]), from, to);
    }

    private List<BodyFigures> bodies(TerritorialBody only, OffsetDateTime now, OffsetDateTime since) {
        Map<String, long[]> pending = new HashMap<>();
        for (Object row : query("SELECT a.region, count(*) FILTER (WHERE a.assigned_to IS NULL), "
                + "count(*) FILTER (WHERE a.assigned_to IS NOT NULL), count(*) FILTER (WHERE a.due_at < :now) "
                + "FROM application a WHERE " + PENDING, only, "GROUP BY a.region").setParameter("now", now)
                .getResultList()) {
            Object[] r = (Object[]) row;
            pending.put((String) r[0], new long[] { toLong(r[1]), toLong(r[2]), toLong(r[3]) });
        }
        Map<String, Object[]> decided = new HashMap<>();
        for (Object row : query("SELECT a.region, count(*), " + HOURS_TO_DECISION + " FROM application a WHERE "
                + DECIDED + " AND a.decided_at >= :since", only, "GROUP BY a.region").setParameter("since", since)
                .getResultList()) {
            Object[] r = (Object[]) row;
            decided.put((String) r[0], r);
        }
        List<BodyFigures> result = new ArrayList<>();
        for (TerritorialBody body : only == null ? TerritorialBody.listOrdered() : List.of(only)) {
            long[] p = pending.getOrDefault(body.code, new long[3]);
            Object[] d = decided.get(body.code);
            result.add(new BodyFigures(body, p[0], p[1], p[2], d == null ? 0 : toLong(d[1]),
                    d == null ? null : toDouble(d[2])));
        }
        return result;
    }

    /** Operators of the bodies with their load, the busiest first; an idle operator is listed with 0. */
    private List<OperatorLoad> operators(TerritorialBody only) {
        Map<String, Long> load = new LinkedHashMap<>();
        for (Object row : query("SELECT a.assigned_to, count(*) FROM application a WHERE " + PENDING
                + " AND a.assigned_to IS NOT NULL", only, "GROUP BY a.assigned_to").getResultList()) {
            Object[] r = (Object[]) row;
            load.put((String) r[0], toLong(r[1]));
        }
        List<Staff> staff = only == null
                ? Staff.list("territorialBody is not null and active = true")
                : Staff.list("territorialBody = ?1 and active = true", only);
        Map<String, Staff> byLogin = new HashMap<>();
        staff.forEach(s -> byLogin.put(s.login, s));
        List<OperatorLoad> result = new ArrayList<>();
        for (Staff s : staff) {
            result.add(new OperatorLoad(s.login, s.fullName, s.territorialBody, load.getOrDefault(s.login, 0L)));
        }
        // Someone no longer in the staff table may still hold cases: those cases must not vanish from the view.
        load.forEach((login, count) -> {
            if (!byLogin.containsKey(login)) {
                result.add(new OperatorLoad(login, login, null, count));
            }
        });
        result.sort((a, b) -> a.assigned() != b.assigned() ? Long.compare(b.assigned(), a.assigned())
                : a.login().compareTo(b.login()));
        return result;
    }

    /** Every day of the period, days without decisions included (a gap in a time line would mislead). */
    private List<DayDecisions> days(TerritorialBody only, OffsetDateTime since, LocalDate from, LocalDate to) {
        Map<LocalDate, DayDecisions> byDay = new HashMap<>();
        // The zone is a parameter so that Kazakhstan.ZONE stays the only place that names it.
        for (Object row : query("SELECT to_char(a.decided_at AT TIME ZONE :zone, 'YYYY-MM-DD'), "
                + "count(*) FILTER (WHERE a.status = 'IIN_FORMED'), "
                + "count(*) FILTER (WHERE a.status = 'IIN_CORRECTED'), "
                + "count(*) FILTER (WHERE a.status = 'REFUSED') FROM application a WHERE " + DECIDED
                + " AND a.decided_at >= :since", only, "GROUP BY 1").setParameter("zone", Kazakhstan.ZONE.getId())
                .setParameter("since", since).getResultList()) {
            Object[] r = (Object[]) row;
            LocalDate day = LocalDate.parse((String) r[0]);
            byDay.put(day, new DayDecisions(day, toLong(r[1]), toLong(r[2]), toLong(r[3])));
        }
        List<DayDecisions> result = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            result.add(byDay.getOrDefault(day, new DayDecisions(day, 0, 0, 0)));
        }
        return result;
    }

    private Map<RefusalGround, Long> refusals(TerritorialBody only, OffsetDateTime since) {
        Map<RefusalGround, Long> result = new EnumMap<>(RefusalGround.class);
        for (RefusalGround ground : RefusalGround.values()) {
            result.put(ground, 0L);
        }
        for (Object row : query("SELECT a.refusal_ground, count(*) FROM application a WHERE a.status = 'REFUSED' "
                + "AND a.refusal_ground IS NOT NULL AND a.decided_at >= :since", only, "GROUP BY a.refusal_ground")
                .setParameter("since", since).getResultList()) {
            Object[] r = (Object[]) row;
            result.put(RefusalGround.valueOf((String) r[0]), toLong(r[1]));
        }
        return result;
    }

    /** A native query over {@code application a}, narrowed to one body when given. */
    private Query query(String sql, TerritorialBody only) {
        return query(sql, only, "");
    }

    private Query query(String sql, TerritorialBody only, String tail) {
        Query query = em.createNativeQuery(sql + (only == null ? "" : " AND a.region = :body") + " " + tail);
        if (only != null) {
            query.setParameter("body", only.code);
        }
        return query;
    }

    private static long toLong(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static Double toDouble(Object value) {
        return value == null ? null : ((Number) value).doubleValue();
    }
}
