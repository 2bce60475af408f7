package kz.iinportal.review;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.hibernate.resource.jdbc.spi.StatementInspector;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import kz.iinportal.application.Application;
import kz.iinportal.application.ReferenceNumber;
import kz.iinportal.staff.TerritorialBody;

/**
 * Benchmark, not a test: run by bin/bench-queue (its name keeps it out of the normal test run). Fills a scratch
 * database (iin_bench, never the test database, never wiped) with a million applications over the 20 territorial
 * bodies, then times the real {@link ReviewQueue} on the busiest body: first and deep keyset pages, every filter's
 * count, and searches. For each scenario it takes the SQL Hibernate actually sent (a statement inspector), binds the
 * same values, checks that it returns what the queue returned, and prints PostgreSQL's EXPLAIN ANALYZE of it.
 * Prints figures; asserts nothing about speed.
 */
@QuarkusTest
@TestProfile(ReviewQueueBench.Profile.class)
public class ReviewQueueBench {

    static final int APPLICATIONS = Integer.getInteger("bench.applications", 1_000_000);
    static final int RUNS = Integer.getInteger("bench.runs", 50);
    static final int WARMUP = Integer.getInteger("bench.warmup", 10);
    static final String BODY = System.getProperty("bench.body", "ALMATY_CITY");
    /** The demo operator of Almaty (db/demo); the fill assigns them a share of that body's cases. */
    static final String OPERATOR = System.getProperty("bench.operator", "operator2");
    static final boolean PLANS = !"false".equals(System.getProperty("bench.plans"));

    public static class Profile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "%test.quarkus.datasource.jdbc.url",
                    System.getProperty("bench.db.url", "jdbc:postgresql://127.0.0.1:5432/iin_bench"),
                    // The million rows take a minute to make; they are kept between runs (bin/bench-queue --fresh
                    // drops them). Migrations added since the fill are applied on top, whatever their number.
                    "%test.quarkus.flyway.clean-at-start", "false",
                    "quarkus.flyway.out-of-order", "true",
                    "quarkus.hibernate-orm.unsupported-properties.\"hibernate.session_factory.statement_inspector\"",
                    SqlCapture.class.getName());
        }
    }

    /** Hibernate hands every SQL statement here before preparing it; kept only while {@link #capturing}. */
    public static class SqlCapture implements StatementInspector {
        static volatile boolean capturing;
        static final List<String> STATEMENTS = new CopyOnWriteArrayList<>();

        @Override
        public String inspect(String sql) {
            if (capturing) {
                STATEMENTS.add(sql);
            }
            return sql;
        }
    }

    @Inject
    ReviewQueue queue;

    @Inject
    EntityManager em;

    @Inject
    DataSource dataSource;

    TerritorialBody body;
    OffsetDateTime now;
    final List<String> summary = new ArrayList<>();

    @Test
    void queueWithAMillionApplications() throws Exception {
        fillIfNeeded();
        body = QuarkusTransaction.requiringNew().call(() -> TerritorialBody.<TerritorialBody>findById(BODY));
        now = OffsetDateTime.now();
        describeData();
        String loadBefore = loadAverage();

        QueueFilter open = filter(null, null, null, null, null);
        QueueFilter formed = filter("IIN_FORMED", null, null, null, null);
        long openCount = count(open);
        long formedCount = count(formed);

        // The JIT and the connection pool warm up on the operator's home page first, so that whichever scenario
        // comes first is not the one that pays for it.
        for (int i = 0; i < 20 * WARMUP; i++) {
            QuarkusTransaction.requiringNew().run(() -> {
                queue.page(body, open, OPERATOR, null, now);
                queue.counts(body, OPERATOR, now);
            });
        }
        page("first page, open cases (the operator's home)", open, null);
        deepPage("page after row " + deep(openCount, 1_000) + " of the open cases", open, deep(openCount, 1_000));
        page("first page, assigned to me", filter(null, null, "MINE", null, null), null);
        page("first page, unassigned", filter(null, null, "UNASSIGNED", null, null), null);
        page("first page, overdue", filter(null, null, null, "true", null), null);
        page("first page, service CORRECTION", filter(null, "CORRECTION", null, null, null), null);
        page("first page, status IIN_FORMED (" + formedCount + " cases)", formed, null);
        deepPage("page after row " + deep(formedCount, 150_000) + " of status IIN_FORMED", formed,
                deep(formedCount, 150_000));

        count("count: open", open);
        count("count: assigned to me", filter(null, null, "MINE", null, null));
        count("count: unassigned", filter(null, null, "UNASSIGNED", null, null));
        count("count: overdue", filter(null, null, null, "true", null));
        report("all four counts of the queue page (ReviewQueue.counts)",
                time(() -> queue.counts(body, OPERATOR, now)), null);

        Map<String, String> openCase = sample("status IN ('SUBMITTED', 'IN_REVIEW')", "");
        Map<String, String> openCorrection = sample("status IN ('SUBMITTED', 'IN_REVIEW') AND current_iin IS NOT NULL",
                "");
        String commonName = familyName("DESC");
        String rareName = familyName("ASC");
        page("search open cases by reference", search(null, openCase.get("reference")), null);
        page("search open cases by family name '" + openCase.get("family_name") + "'",
                search(null, openCase.get("family_name")), null);
        page("search open cases by family name prefix '" + commonName.substring(0, 3) + "'",
                search(null, commonName.substring(0, 3)), null);
        page("search open cases by document number", search(null, openCase.get("document_number")), null);
        page("search open cases by IIN to correct", search(null, openCorrection.get("current_iin")), null);

        Map<String, String> formedCase = sample("status = 'IIN_FORMED'", " OFFSET " + formedCount / 4);
        page("search IIN_FORMED by reference", search("IIN_FORMED", formedCase.get("reference")), null);
        page("search IIN_FORMED by family name '" + commonName + "' (the commonest)",
                search("IIN_FORMED", commonName), null);
        page("search IIN_FORMED by family name '" + rareName + "' (the rarest)",
                search("IIN_FORMED", rareName), null);
        page("search IIN_FORMED by document number", search("IIN_FORMED", formedCase.get("document_number")), null);
        page("search IIN_FORMED by formed IIN", search("IIN_FORMED", formedCase.get("result_iin")), null);

        System.out.printf("%nqueue.summary body=%s operator=%s runs=%d (after %d warm-up) applications=%d"
                + " load average before/after: %s / %s%n", BODY, OPERATOR, RUNS, WARMUP, APPLICATIONS, loadBefore,
                loadAverage());
        summary.forEach(System.out::println);
        System.out.println();
    }

    // ---- scenarios ------------------------------------------------------------------------------------------

    /**
     * A page deep in the queue, reached by the key of its n-th case as the "next page" links carry it. A fast but
     * wrong keyset condition must not give a figure: the page has to be rows n+1 … n+25 in deadline order, as OFFSET
     * (slow, but plainly right) finds them; a day's cases share one deadline, so this crosses ties.
     */
    private void deepPage(String label, QueueFilter filter, long n) throws SQLException {
        List<Application> rows = QuarkusTransaction.requiringNew().call(() -> {
            Jpql jpql = jpql(filter, null, false);
            TypedQuery<Application> query = em.createQuery(jpql.text, Application.class);
            jpql.parts.forEach(query::setParameter);
            return query.setFirstResult((int) n - 1).setMaxResults(ReviewQueue.PAGE_SIZE + 1).getResultList();
        });
        String after = ReviewQueue.Key.of(rows.get(0).dueAt, rows.get(0).id);
        List<Long> expected = rows.stream().skip(1).map(a -> a.id).toList();
        List<Long> actual = QuarkusTransaction.requiringNew()
                .call(() -> queue.page(body, filter, OPERATOR, after, now)).cases().stream().map(QueueCase::id)
                .toList();
        check(label + " (keyset against OFFSET)", expected, actual);
        page(label, filter, after);
    }

    private void page(String label, QueueFilter filter, String after) throws SQLException {
        Stats stats = time(() -> queue.page(body, filter, OPERATOR, after, now));
        ReviewQueue.Page result = QuarkusTransaction.requiringNew()
                .call(() -> queue.page(body, filter, OPERATOR, after, now));
        List<Long> ids = result.cases().stream().map(QueueCase::id).toList();
        report(label, stats, explain(label, filter, after, false, ids, null));
    }

    private void count(String label, QueueFilter filter) throws SQLException {
        Stats stats = time(() -> count(filter));
        report(label, stats, explain(label, filter, null, true, null, count(filter)));
    }

    /** Exactly ReviewQueue's count query for one filter (ReviewQueue.counts runs four of them). */
    private long count(QueueFilter filter) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Jpql jpql = jpql(filter, null, true);
            TypedQuery<Long> query = em.createQuery(jpql.text, Long.class);
            jpql.parts.forEach(query::setParameter);
            return query.getSingleResult();
        });
    }

    record Stats(double medianMs, double p95Ms, int statements) {
    }

    /** Median and p95 of the whole call as the portal makes it: transaction, SQL, JDBC, entities. */
    private Stats time(Supplier<Object> work) {
        for (int i = 0; i < WARMUP; i++) {
            QuarkusTransaction.requiringNew().call(work::get);
        }
        long[] nanos = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            QuarkusTransaction.requiringNew().call(work::get);
            nanos[i] = System.nanoTime() - start;
        }
        SqlCapture.STATEMENTS.clear();
        SqlCapture.capturing = true;
        try {
            QuarkusTransaction.requiringNew().call(work::get);
        } finally {
            SqlCapture.capturing = false;
        }
        Arrays.sort(nanos);
        return new Stats(nanos[RUNS / 2] / 1e6, nanos[(int) Math.ceil(RUNS * 0.95) - 1] / 1e6,
                SqlCapture.STATEMENTS.size());
    }

    /** One line per scenario; "sql" is PostgreSQL's own execution time of the query (EXPLAIN ANALYZE). */
    private void report(String label, Stats stats, Double sqlMs) {
        String line = String.format(Locale.ROOT, "queue.ms median=%7.2f p95=%7.2f sql=%7s statements=%d  %s",
                stats.medianMs, stats.p95Ms, sqlMs == null ? "-" : String.format(Locale.ROOT, "%.2f", sqlMs),
                stats.statements, label);
        summary.add(line);
        System.out.println(line);
    }

    // ---- the SQL Hibernate sent, re-run with the same values and explained ----------------------------------

    private static final Pattern NAMED_PARAMETER = Pattern.compile(":(\\w+)");

    /**
     * Binds, in order, the values of the JPQL's named parameters to the '?' of the SQL Hibernate generated from it
     * (Hibernate keeps the order of the predicates; a collection becomes one '?' per element; setMaxResults is one
     * more '?' at the end), checks the statement returns what the queue returned, and prints EXPLAIN ANALYZE.
     */
    private Double explain(String label, QueueFilter filter, String after, boolean isCount, List<Long> expectedIds,
            Long expectedCount) throws SQLException {
        String sql = SqlCapture.STATEMENTS.stream().filter(s -> s.contains(" from application "))
                .findFirst().orElseThrow(() -> new IllegalStateException("no application query for " + label));
        Jpql jpql = jpql(filter, after, isCount);
        List<Object> values = new ArrayList<>();
        Matcher m = NAMED_PARAMETER.matcher(jpql.text);
        while (m.find()) {
            Object value = jpql.parts.get(m.group(1));
            if (value instanceof Collection<?> many) {
                many.forEach(v -> values.add(jdbcValue(v)));
            } else {
                values.add(jdbcValue(value));
            }
        }
        long placeholders = sql.chars().filter(c -> c == '?').count();
        if (!isCount && placeholders == values.size() + 1) {
            values.add(ReviewQueue.PAGE_SIZE + 1);
        }
        if (placeholders != values.size()) {
            throw new IllegalStateException(label + ": " + placeholders + " placeholders, " + values.size()
                    + " values for " + sql);
        }
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                bind(ps, values);
                try (ResultSet rs = ps.executeQuery()) {
                    if (isCount) {
                        rs.next();
                        check(label + " (Hibernate's SQL re-bound)", expectedCount, rs.getLong(1));
                    } else {
                        List<Long> ids = new ArrayList<>();
                        while (rs.next()) {
                            ids.add(rs.getLong("id"));
                        }
                        check(label + " (Hibernate's SQL re-bound)", expectedIds,
                                ids.subList(0, Math.min(ids.size(), ReviewQueue.PAGE_SIZE)));
                    }
                }
            }
            StringBuilder plan = new StringBuilder();
            Double executionMs = null;
            try (PreparedStatement ps = c.prepareStatement("EXPLAIN (ANALYZE, BUFFERS) " + sql)) {
                bind(ps, values);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String line = rs.getString(1);
                        plan.append("    ").append(line).append('\n');
                        if (line.startsWith("Execution Time: ")) {
                            executionMs = Double.parseDouble(line.replaceAll("[^0-9.]", ""));
                        }
                    }
                }
            }
            if (PLANS) {
                System.out.printf("%n--- %s%n    %s%n    values %s%n%s", label, sql, values, plan);
            }
            return executionMs;
        }
    }

    private static void check(String label, Object expected, Object actual) {
        if (!expected.equals(actual)) {
            throw new IllegalStateException(label + ": expected " + expected + ", got " + actual);
        }
    }

    private static Object jdbcValue(Object value) {
        if (value instanceof TerritorialBody b) {
            return b.code;
        }
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        return value;
    }

    private static void bind(PreparedStatement ps, List<Object> values) throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            ps.setObject(i + 1, values.get(i));
        }
    }

    record Jpql(String text, QueueFilter.QueryParts parts) {
    }

    /**
     * The JPQL ReviewQueue builds: the same body condition, QueueFilter.where, keyset and order. Should ReviewQueue
     * change it, {@link #explain} notices: the placeholders or the rows no longer match and the bench stops.
     */
    private Jpql jpql(QueueFilter filter, String after, boolean isCount) {
        QueueFilter.QueryParts parts = new QueueFilter.QueryParts();
        StringBuilder text = new StringBuilder(isCount ? "select count(a) from Application a where a.region = :body"
                : "from Application a where a.region = :body");
        parts.put("body", body);
        text.append(filter.where(parts, OPERATOR, now));
        ReviewQueue.Key.parse(after).ifPresent(key -> {
            text.append(" and a.dueAt >= :afterDue"
                    + " and (a.dueAt > :afterDue or (a.dueAt = :afterDue and a.id > :afterId))");
            parts.put("afterDue", key.dueAt());
            parts.put("afterId", key.id());
        });
        if (!isCount) {
            text.append(" order by a.dueAt, a.id");
        }
        return new Jpql(text.toString(), parts);
    }

    /** The machine is shared (2 cores): the load average says how much the figures were disturbed. */
    private static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    // ---- inputs ---------------------------------------------------------------------------------------------

    private static QueueFilter filter(String status, String service, String assigned, String overdue, String q) {
        return QueueFilter.parse(status, service, assigned, overdue, q);
    }

    private static QueueFilter search(String status, String q) {
        return QueueFilter.parse(status, null, null, null, q);
    }

    private static long deep(long rows, long wanted) {
        return Math.max(1, Math.min(wanted, rows - ReviewQueue.PAGE_SIZE));
    }

    private Map<String, String> sample(String condition, String offset) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT reference, family_name, document_number, current_iin, result_iin FROM application"
                        + " WHERE region = ? AND " + condition + " ORDER BY id" + offset + " LIMIT 1")) {
            ps.setString(1, BODY);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("no application with " + condition);
                }
                Map<String, String> row = new HashMap<>();
                for (String column : List.of("reference", "family_name", "document_number", "current_iin",
                        "result_iin")) {
                    row.put(column, rs.getString(column) == null ? "" : rs.getString(column));
                }
                return row;
            }
        }
    }

    /** The body's commonest (DESC) or rarest (ASC) family name. */
    private String familyName(String order) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT family_name FROM application WHERE region = ? GROUP BY family_name ORDER BY count(*) "
                        + order + ", family_name LIMIT 1")) {
            ps.setString(1, BODY);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    private void describeData() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT count(*), pg_size_pretty(pg_total_relation_size('application'))"
                    + " FROM application")) {
                rs.next();
                System.out.printf("%nqueue.data applications=%d table+indexes=%s%n", rs.getLong(1), rs.getString(2));
            }
            StringBuilder statuses = new StringBuilder();
            try (ResultSet rs = s.executeQuery("SELECT status, count(*) FROM application WHERE region = '" + BODY
                    + "' GROUP BY status ORDER BY count(*) DESC")) {
                while (rs.next()) {
                    statuses.append(' ').append(rs.getString(1)).append('=').append(rs.getLong(2));
                }
            }
            System.out.printf("queue.data body=%s%s%n", BODY, statuses);
            try (ResultSet rs = s.executeQuery("SELECT indexname FROM pg_indexes WHERE tablename = 'application'"
                    + " ORDER BY indexname")) {
                List<String> indexes = new ArrayList<>();
                while (rs.next()) {
                    indexes.add(rs.getString(1));
                }
                System.out.printf("queue.data indexes=%s%n", indexes);
            }
        }
    }

    // ---- the million applications ---------------------------------------------------------------------------

    private void fillIfNeeded() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT count(*) FROM application")) {
                rs.next();
                long existing = rs.getLong(1);
                if (existing >= APPLICATIONS) {
                    System.out.printf("%nqueue.fill reusing %d applications%n", existing);
                    return;
                }
                if (existing > 0) {
                    throw new IllegalStateException(existing + " applications but fewer than " + APPLICATIONS
                            + "; run bin/bench-queue --fresh");
                }
            }
            long start = System.nanoTime();
            fill(c, APPLICATIONS);
            long filled = System.nanoTime();
            s.execute("VACUUM ANALYZE application");
            System.out.printf("%nqueue.fill %d applications in %.1f s, VACUUM ANALYZE in %.1f s%n", APPLICATIONS,
                    (filled - start) / 1e9, (System.nanoTime() - filled) / 1e9);
            // The references were made in SQL; they must be ones the portal itself would accept in a search.
            Set<String> invalid = new HashSet<>();
            try (ResultSet rs = s.executeQuery("SELECT reference FROM application WHERE reference IS NOT NULL"
                    + " ORDER BY random() LIMIT 2000")) {
                while (rs.next()) {
                    if (!ReferenceNumber.isValid(rs.getString(1))) {
                        invalid.add(rs.getString(1));
                    }
                }
            }
            if (!invalid.isEmpty()) {
                throw new IllegalStateException("invalid references generated: " + invalid);
            }
        }
    }

    /**
     * Fills an empty application table with {@code applications} as described at {@link #FILL} (also bin/bench-http's
     * data, bench.HttpBench).
     */
    public static void fill(Connection c, int applications) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(REFERENCE_FUNCTION);
            s.execute("SELECT setseed(0.2026)");
            try (PreparedStatement fill = c.prepareStatement(FILL)) {
                for (int i = 1; i <= 3; i++) {
                    fill.setInt(i, applications);
                }
                fill.executeUpdate();
            }
            s.execute("SELECT setval('application_seq', (SELECT max(id) FROM application) + 1)");
        }
    }

    /**
     * A valid reference number for n: the ten base-30 digits of n × 7777777777 (mod 30^10, a bijection, so references
     * are unique), least significant first so that consecutive n do not share a prefix, in the portal's alphabet,
     * and the Luhn mod 30 check character of ReferenceNumber.
     */
    static final String REFERENCE_FUNCTION = """
            CREATE OR REPLACE FUNCTION pg_temp.bench_reference(n BIGINT) RETURNS TEXT LANGUAGE sql IMMUTABLE AS $$
                SELECT 'KZ-' || substr(body, 1, 4) || '-' || substr(body, 5, 4) || '-' || substr(body, 9, 2)
                       || substr(alphabet, ((30 - total % 30) % 30)::int + 1, 1)
                FROM (SELECT a.alphabet,
                             string_agg(substr(a.alphabet, d.digit + 1, 1), '' ORDER BY d.pos) AS body,
                             sum((d.factor * d.digit) / 30 + (d.factor * d.digit) % 30) AS total
                      FROM (SELECT '23456789ABCDEFGHJKMNPQRSTVWXYZ'::text AS alphabet) a,
                           LATERAL (SELECT pos, CASE WHEN (9 - pos) % 2 = 0 THEN 2 ELSE 1 END AS factor,
                                           ((n * 7777777777) % 590490000000000
                                               / (30::bigint ^ pos)::bigint % 30)::int AS digit
                                    FROM generate_series(0, 9) pos) d
                      GROUP BY a.alphabet) t
            $$""";

    /**
     * Three years of applications, oldest first, about 900 a day. Almaty city gets a quarter, Astana a fifth,
     * Shymkent a tenth, the 17 regions the rest. 2 % are abandoned drafts; cases younger than two days are open
     * (60 % submitted, 40 % in review), and 0.3 % of older ones too (overdue stragglers); decided cases are 89 %
     * accepted, 8 % refused, 3 % withdrawn. Family names: 380 of them, a few much more common than most.
     * Deadlines are midnight after the next day in Asia/Almaty, so a whole day's cases share one due_at.
     */
    static final String FILL = """
            INSERT INTO application (id, reference, service, channel, filer, status, created_by, service_centre,
                language, current_iin, correction_reason, family_name, given_names, birth_date, sex, citizenship,
                stateless, place_of_birth, document_type, document_number, document_country, document_issue_date,
                document_expiry_date, address, region, email, phone, declaration_accepted, consent_accepted,
                created_at, updated_at, submitted_at, decided_at, due_at, assigned_to, result_iin, refusal_ground,
                operator_comment, version, authority_kind, authority_number, authority_date, authority_valid_until,
                notice_recipients)
            SELECT i,
                   CASE WHEN st.status <> 'DRAFT' THEN pg_temp.bench_reference(i) END,
                   p.service, p.channel, p.filer, st.status,
                   'bench-applicant-' || (i % 200000),
                   CASE WHEN p.channel = 'SERVICE_CENTRE' THEN p.region || '-PSC-1' END,
                   (ARRAY['en', 'ru', 'kk'])[1 + i % 3],
                   CASE WHEN p.service = 'CORRECTION' THEN to_char(p.birth_date, 'YYMMDD') || p.sex_digit
                        || lpad(((i * 37) % 10000)::text, 4, '0') || (i % 10) END,
                   CASE WHEN p.service = 'CORRECTION'
                        THEN (ARRAY['BIRTH_DATE', 'SEX', 'NAME', 'DUPLICATE', 'OTHER'])[1 + i % 5] END,
                   p.family_name,
                   (ARRAY['ALI', 'ANNA', 'WEI', 'MARIA', 'JOHN', 'AZIZ', 'OLGA', 'MEHMET', 'PRIYA', 'JIN', 'DILNOZA',
                          'SERGEI', 'FATIMA', 'HANS', 'AIGERIM', 'YUKI'])[1 + (i * 7) % 16],
                   p.birth_date, CASE WHEN p.sex_digit IN ('3', '5') THEN 'MALE' ELSE 'FEMALE' END, p.citizenship,
                   FALSE, 'Birthplace ' || (i % 1000), 'PASSPORT',
                   upper(substr(md5(i::text), 1, 9)), p.citizenship,
                   (p.submitted - interval '3 years')::date, (p.submitted + interval '7 years')::date,
                   'Street ' || (i % 500) || ', house ' || (i % 97), p.region,
                   'person' || i || '@example.com', '+7701' || lpad((i % 10000000)::text, 7, '0'),
                   st.status <> 'DRAFT', st.status <> 'DRAFT',
                   p.submitted - interval '25 minutes', coalesce(st.decided, p.submitted),
                   CASE WHEN st.status <> 'DRAFT' THEN p.submitted END,
                   st.decided,
                   CASE WHEN st.status <> 'DRAFT' THEN
                       (date_trunc('day', p.submitted AT TIME ZONE 'Asia/Almaty') + interval '2 days')
                           AT TIME ZONE 'Asia/Almaty' END,
                   CASE WHEN st.status NOT IN ('DRAFT', 'SUBMITTED', 'WITHDRAWN') THEN
                       CASE WHEN p.region = 'ALMATY_CITY' AND p.r_operator < 0.2 THEN 'operator2'
                            WHEN p.region = 'ASTANA' AND p.r_operator < 0.2 THEN 'operator'
                            ELSE lower(p.region) || '-operator-' || (1 + floor(p.r_operator * 5)) END END,
                   CASE WHEN st.status IN ('IIN_FORMED', 'IIN_CORRECTED') THEN to_char(p.birth_date, 'YYMMDD')
                        || p.sex_digit || lpad(((i * 53) % 10000)::text, 4, '0') || ((i + 3) % 10) END,
                   CASE WHEN st.status = 'REFUSED' THEN (ARRAY['UNRELIABLE_DOCUMENTS', 'REQUIREMENTS_NOT_MET',
                        'IIN_ALREADY_REGISTERED'])[1 + i % 3] END,
                   CASE WHEN st.status = 'REFUSED' THEN 'Refused: see the ground.' END,
                   0,
                   CASE WHEN p.filer = 'REPRESENTATIVE' THEN 'POWER_OF_ATTORNEY' END,
                   CASE WHEN p.filer = 'REPRESENTATIVE' THEN 'POA-' || i END,
                   CASE WHEN p.filer = 'REPRESENTATIVE' THEN (p.submitted - interval '30 days')::date END,
                   CASE WHEN p.filer = 'REPRESENTATIVE' THEN (p.submitted + interval '1 year')::date END,
                   CASE WHEN p.filer = 'REPRESENTATIVE' THEN 'BOTH' END
            FROM generate_series(1, ?) i
            CROSS JOIN LATERAL (
                SELECT random() AS r_region, random() AS r_status, random() AS r_open, random() AS r_operator,
                       random() AS r_name, random() AS r_service, random() AS r_channel, random() AS r_filer,
                       now() - (? - i) * interval '1095 days' / ? - random() * interval '90 seconds' AS submitted
            ) r
            CROSS JOIN LATERAL (
                SELECT CASE WHEN r.r_region < 0.25 THEN 'ALMATY_CITY'
                            WHEN r.r_region < 0.45 THEN 'ASTANA'
                            WHEN r.r_region < 0.55 THEN 'SHYMKENT'
                            ELSE (ARRAY['ABAI', 'AKMOLA', 'AKTOBE', 'ALMATY_REGION', 'ATYRAU', 'EAST_KAZAKHSTAN',
                                        'ZHAMBYL', 'ZHETYSU', 'KARAGANDA', 'KOSTANAY', 'KYZYLORDA', 'MANGYSTAU',
                                        'NORTH_KAZAKHSTAN', 'PAVLODAR', 'TURKISTAN', 'ULYTAU', 'WEST_KAZAKHSTAN'])
                                 [1 + floor((r.r_region - 0.55) / 0.45 * 17)::int] END AS region,
                       CASE WHEN r.r_service < 0.8 THEN 'FORMATION' ELSE 'CORRECTION' END AS service,
                       CASE WHEN r.r_channel < 0.85 THEN 'ONLINE' ELSE 'SERVICE_CENTRE' END AS channel,
                       CASE WHEN r.r_filer < 0.9 THEN 'SELF' ELSE 'REPRESENTATIVE' END AS filer,
                       (ARRAY['KARIM', 'RAKHIM', 'YUSUP', 'ABDULL', 'NAZAR', 'IBRAGIM', 'MAMED', 'SULTAN', 'ISMAIL',
                              'PETR', 'IVAN', 'SMIRN', 'KUZNETS', 'ALIM', 'TURSUN', 'KADYR', 'ORLOV', 'BAKIR',
                              'ZAKIR', 'UMAR'])[1 + k.k / 19]
                           || (ARRAY['OV', 'OVA', 'EV', 'EVA', 'IN', 'INA', 'ENKO', 'YAN', 'ZADE', 'OGLU', 'BEKOV',
                                     'BEKOVA', 'ULY', 'KYZY', 'SKY', 'SKAYA', 'ER', 'MAN', 'SON'])[1 + k.k % 19]
                           AS family_name,
                       DATE '1950-01-01' + (i::bigint * 7919 % 21000)::int AS birth_date,
                       CASE WHEN i % 2 = 0 THEN '3' ELSE '4' END AS sex_digit,
                       (ARRAY['UZ', 'CN', 'RU', 'TR', 'KG', 'IN', 'DE', 'US', 'KR', 'AF', 'TJ', 'AZ'])[1 + i % 12]
                           AS citizenship,
                       r.submitted, r.r_operator
                FROM (SELECT floor(power(r.r_name, 1.6) * 380)::int AS k) k
            ) p
            CROSS JOIN LATERAL (
                SELECT s.status,
                       CASE WHEN s.status IN ('IIN_FORMED', 'IIN_CORRECTED', 'REFUSED', 'WITHDRAWN')
                            THEN p.submitted + interval '1 hour' + r.r_open * interval '20 hours' END AS decided
                FROM (SELECT CASE WHEN r.r_status < 0.02 THEN 'DRAFT'
                                  WHEN now() - p.submitted < interval '2 days' OR r.r_open < 0.003 THEN
                                       CASE WHEN r.r_status < 0.42 THEN 'IN_REVIEW' ELSE 'SUBMITTED' END
                                  WHEN r.r_status < 0.05 THEN 'WITHDRAWN'
                                  WHEN r.r_status < 0.13 THEN 'REFUSED'
                                  WHEN p.service = 'FORMATION' THEN 'IIN_FORMED'
                                  ELSE 'IIN_CORRECTED' END AS status) s
            ) st
            """;
}
