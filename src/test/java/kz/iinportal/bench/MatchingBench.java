package kz.iinportal.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import kz.iinportal.application.Application;
import kz.iinportal.iin.Sex;
import kz.iinportal.review.SamePerson;
import kz.iinportal.web.PortalConfig;

/**
 * Benchmark, not a test: run by bin/bench-matching (its name keeps it out of the normal test run). Fills a scratch
 * database (iin_bench; never the test database) with a register of {@code bench.persons} persons and 1 % planted
 * duplicates (src/test/resources/bench/matching-*.sql, all in SQL), then asks the real {@link SamePerson} for the
 * candidates of each planted duplicate, filed as a new application: the time of the search, whether the original is
 * among the candidates (recall) and how many other persons are (false candidates), per kind of duplicate, and the
 * same for applicants who are in the register under no spelling at all. Prints figures; asserts nothing.
 */
@QuarkusTest
@TestProfile(MatchingBench.Profile.class)
class MatchingBench {

    static final int PERSONS = Integer.getInteger("bench.persons", 1_000_000);
    static final int QUERIES = Integer.getInteger("bench.queries", 200);
    static final String URL = System.getProperty("bench.db.url", "jdbc:postgresql://127.0.0.1:5432/iin_bench");
    static final String OWNER = System.getProperty("bench.db.owner", "iin_owner");
    static final String OWNER_PASSWORD = System.getProperty("bench.db.owner-password", "iin_owner");

    public static class Profile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("%test.quarkus.datasource.jdbc.url", URL,
                    "%test.quarkus.flyway.clean-at-start", "false",
                    "%test.quarkus.flyway.locations", "db/migration",
                    "quarkus.flyway.out-of-order", "true");
        }
    }

    @Inject
    SamePerson samePerson;

    @Inject
    DataSource dataSource;

    @Inject
    PortalConfig config;

    @Test
    void candidatesInALargeRegister() throws Exception {
        fillIfNeeded();
        List<Query> planted = planted();
        List<Query> strangers = strangers();
        // warm-up: the JIT and the pool, on queries that are not measured
        for (int i = 0; i < Math.min(300, planted.size()); i++) {
            run(planted.get(planted.size() - 1 - i));
        }
        Map<String, List<Result>> byKind = new LinkedHashMap<>();
        for (Query q : planted.subList(0, Math.max(0, planted.size() - 300))) {
            byKind.computeIfAbsent(q.kind, k -> new ArrayList<>()).add(run(q));
        }
        for (Query q : strangers) {
            byKind.computeIfAbsent("not in the register", k -> new ArrayList<>()).add(run(q));
        }
        System.out.printf("%nmatching.persons=%d (+%d planted duplicates), thresholds candidate %d / strong %d%n",
                PERSONS, PERSONS / 100, config.matching().candidateThreshold(), config.matching().strongThreshold());
        System.out.printf("matching.load_average_before=%s%n", loadAverage());
        System.out.printf("%-22s %7s %8s %8s %8s %8s %10s %10s%n", "case", "queries", "p50 ms", "p95 ms", "max ms",
                "recall", "strong", "false/case");
        List<Result> all = new ArrayList<>();
        for (Map.Entry<String, List<Result>> e : byKind.entrySet()) {
            print(e.getKey(), e.getValue());
            all.addAll(e.getValue());
        }
        print("all", all);
        printSizes();
        System.out.printf("matching.load_average_after=%s%n", loadAverage());
    }

    private void print(String kind, List<Result> results) {
        double[] ms = results.stream().mapToDouble(r -> r.millis).sorted().toArray();
        long planted = results.stream().filter(r -> r.planted).count();
        long found = results.stream().filter(r -> r.planted && r.found).count();
        long strong = results.stream().filter(r -> r.planted && r.strong).count();
        double falses = results.stream().mapToInt(r -> r.falseCandidates).average().orElse(0);
        System.out.printf("%-22s %7d %8.1f %8.1f %8.1f %8s %10s %10.2f%n", kind, results.size(), pct(ms, 50),
                pct(ms, 95), ms.length == 0 ? 0 : ms[ms.length - 1],
                planted == 0 ? "-" : String.format("%.1f%%", 100.0 * found / planted),
                planted == 0 ? "-" : String.format("%.1f%%", 100.0 * strong / planted), falses);
        results.stream().filter(r -> r.planted && !r.found).limit(3)
                .forEach(r -> System.out.println("    missed: " + r.query.describe()));
    }

    private static double pct(double[] sorted, int p) {
        return sorted.length == 0 ? 0
                : sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    record Query(String kind, long duplicate, String originalIin, String ownIin, Application app) {
        String describe() {
            return kind + " " + app.familyName + " / " + app.givenNames + " " + app.birthDate + " (original "
                    + originalIin + ")";
        }
    }

    record Result(Query query, double millis, boolean planted, boolean found, boolean strong, int falseCandidates) {
    }

    private Result run(Query q) {
        long start = System.nanoTime();
        List<SamePerson.Candidate> candidates = QuarkusTransaction.requiringNew()
                .call(() -> samePerson.candidates(q.app));
        double ms = (System.nanoTime() - start) / 1e6;
        boolean found = false;
        boolean strong = false;
        int falses = 0;
        for (SamePerson.Candidate c : candidates) {
            if (c.iin().equals(q.ownIin)) {
                continue; // the duplicate itself: an application is not in the register
            }
            if (c.iin().equals(q.originalIin)) {
                found = true;
                strong = c.strong();
            } else {
                falses++;
            }
        }
        return new Result(q, ms, q.originalIin != null, found, strong, falses);
    }

    /** Up to QUERIES planted duplicates of each kind, as applications filed with the duplicate's data. */
    private List<Query> planted() throws SQLException {
        List<Query> queries = new ArrayList<>();
        try (Connection c = owner(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("""
                        SELECT b.kind, b.duplicate, lpad(b.original::text, 12, '0'), lpad(b.duplicate::text, 12, '0'),
                               p.family_name, p.given_names, p.birth_date, p.sex, p.citizenship, d.number
                        FROM (SELECT *, row_number() OVER (PARTITION BY kind ORDER BY duplicate) AS n
                              FROM bench_planted_kept) b
                        JOIN person p ON p.id = b.duplicate JOIN identity_document d ON d.person_id = p.id
                        WHERE b.n <= %d ORDER BY b.n, b.kind""".formatted(QUERIES + 50))) {
            while (rs.next()) {
                queries.add(new Query(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        app(rs.getString(5), rs.getString(6), rs.getObject(7, LocalDate.class), rs.getString(8),
                                rs.getString(9), rs.getString(10))));
            }
        }
        return queries;
    }

    /** Applicants drawn from the same name pools but not in the register (a person id beyond the register's). */
    private List<Query> strangers() throws SQLException {
        List<Query> queries = new ArrayList<>();
        try (Connection c = owner(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("""
                        SELECT p.family_name, q.given_names, p.birth_date + 17, p.sex, p.citizenship
                        FROM person p JOIN person q ON q.id = p.id + 1 AND q.sex = p.sex AND q.citizenship = p.citizenship
                        WHERE p.id %% 997 = 5 AND p.id <= %d LIMIT %d""".formatted(PERSONS, QUERIES))) {
            while (rs.next()) {
                queries.add(new Query("not in the register", 0, null, null, app(rs.getString(1), rs.getString(2),
                        rs.getObject(3, LocalDate.class), rs.getString(4), rs.getString(5), "ZZ" + queries.size())));
            }
        }
        return queries;
    }

    private static Application app(String family, String given, LocalDate born, String sex, String citizenship,
            String document) {
        Application a = new Application();
        a.familyName = family;
        a.givenNames = given;
        a.birthDate = born;
        a.sex = Sex.valueOf(sex);
        a.citizenship = citizenship;
        a.stateless = false;
        a.documentNumber = document;
        a.documentCountry = citizenship;
        return a;
    }

    private void fillIfNeeded() throws Exception {
        try (Connection c = owner(); Statement s = c.createStatement()) {
            long persons = count(s, "SELECT count(*) FROM person");
            boolean kept = count(s, "SELECT count(*) FROM pg_tables WHERE tablename = 'bench_planted_kept'") > 0;
            if (kept && persons == PERSONS + PERSONS / 100) {
                System.out.printf("%nmatching.fill: reusing %d persons%n", persons);
                return;
            }
            long start = System.nanoTime();
            s.execute("DROP TABLE IF EXISTS bench_planted_kept");
            s.execute("TRUNCATE person_change, iin_record, identity_document, person CASCADE");
            run(s, "matching-names.sql", false);
            run(s, "matching-fill.sql", true);
            s.execute("CREATE TABLE bench_planted_kept AS SELECT original, duplicate, kind FROM bench_planted");
            s.execute("VACUUM ANALYZE person");
            System.out.printf("%nmatching.fill.total=%.0f s for %d persons%n", (System.nanoTime() - start) / 1e9,
                    count(s, "SELECT count(*) FROM person"));
        }
    }

    private void run(Statement s, String resource, boolean timed) throws IOException, SQLException {
        String sql;
        try (InputStream in = getClass().getResourceAsStream("/bench/" + resource)) {
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace(":persons", Integer.toString(PERSONS));
        }
        String[] statements = resource.equals("matching-names.sql") ? splitPlain(sql) : sql.split("\n--;\n");
        for (String statement : statements) {
            if (statement.isBlank()) {
                continue;
            }
            long start = System.nanoTime();
            s.execute(statement);
            if (timed) {
                String first = Arrays.stream(statement.split("\n")).filter(l -> !l.startsWith("--") && !l.isBlank())
                        .findFirst().orElse("");
                System.out.printf("matching.fill.step %6.1f s  %s%n", (System.nanoTime() - start) / 1e9,
                        first.length() > 90 ? first.substring(0, 90) : first);
            }
        }
    }

    /** The names file has no functions: statements end with ";" at a line's end. */
    private static String[] splitPlain(String sql) {
        return sql.split(";\\s*\n");
    }

    private void printSizes() throws SQLException {
        try (Connection c = owner(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
                SELECT c.relname, pg_size_pretty(pg_relation_size(c.oid)), pg_relation_size(c.oid)
                FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE n.nspname = 'public' AND c.relname IN ('person', 'identity_document', 'iin_record',
                      'person_birth_date', 'person_family_key_birth', 'person_name_birth', 'identity_document_key',
                      'identity_document_number', 'identity_document_person', 'iin_record_pkey', 'iin_record_person')
                ORDER BY c.relname""")) {
            while (rs.next()) {
                System.out.printf("matching.size.%s=%s%n", rs.getString(1), rs.getString(2));
            }
        }
    }

    private static long count(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static Connection owner() throws SQLException {
        return DriverManager.getConnection(URL, OWNER, OWNER_PASSWORD);
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "?";
        }
    }
}
