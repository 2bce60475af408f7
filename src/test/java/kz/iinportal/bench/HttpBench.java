package kz.iinportal.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import kz.iinportal.review.ReviewQueueBench;
import kz.iinportal.testsupport.Haproxy;
import kz.iinportal.testsupport.KeycloakAdmin;
import kz.iinportal.testsupport.KeycloakResource;
import kz.iinportal.testsupport.PortalInstance;
import kz.iinportal.testsupport.ScratchDatabase;

/**
 * Benchmark, not a test: run by bin/bench-http (its name keeps it out of the normal test run). The portal's pages over
 * real HTTP as production serves them — the packaged jar in the prod profile, -Xmx256m, a session made by signing in
 * through the real Keycloak login form — side by side in one run with the minimal Quarkus app of ../shared/floor-app
 * (its OIDC-protected Qute page runs one Panache query: the floor a page of ours can at best reach here). Each page: a
 * fresh sign-in, wrk for the warm-up, wrk again for the figures. With {@code bench.instances=2} it also measures "My
 * applications" and the queue through HAProxy with one and with two instances. Prints figures; asserts nothing.
 */
class HttpBench {

    static final int BASE_PORT = Integer.getInteger("bench.port", 8340);
    static final int INSTANCES = Integer.getInteger("bench.instances", 1);
    static final String DB = System.getProperty("bench.db", "iin_queue_bench");
    static final int APPLICATIONS = Integer.getInteger("bench.applications", 1_000_000);
    static final int VIEWS = Integer.getInteger("bench.views", 10_000);
    static final int SECONDS = Integer.getInteger("bench.seconds", 20);
    static final int WARMUP_SECONDS = Integer.getInteger("bench.warmup", 20);
    static final int THREADS = Integer.getInteger("bench.threads", 2);
    static final int CONNECTIONS = Integer.getInteger("bench.connections", 8);
    /** Comma-separated page names to profile with JFR while they are measured (e.g. "queue,applications"). */
    static final List<String> PROFILE = List.of(System.getProperty("bench.profile", "").split(","));
    static final Path FLOOR_JAR = Path.of(System.getProperty("bench.floor-jar",
            "target/floor-app/target/quarkus-app/quarkus-run.jar"));
    static final Path OUT = Path.of("target/bench-http");

    static final String CLIENT_SECRET = "bench-http-client-secret-0123456789abcdef";
    /** The demo realm's accounts (deploy/keycloak/iin-realm.json); the applicant's five cases are made here. */
    static final String APPLICANT = "applicant";
    static final String OPERATOR = "operator2";
    static final String BODY = "ALMATY_CITY";

    final int portalPort = BASE_PORT;
    final int secondPort = BASE_PORT + 2;
    final int floorPort = BASE_PORT + 3;
    final int balancerPort = BASE_PORT + 5;
    final List<String> table = new ArrayList<>();
    final List<String> balancerTable = new ArrayList<>();
    long reviewedCase;

    @Test
    void pagesAgainstTheFloor() throws Exception {
        Files.createDirectories(OUT);
        System.out.printf("%nhttp.load-average at start: %s%n", loadAverage());
        new KeycloakResource().start();
        String demoSecret = KeycloakAdmin.portalClientSecret(CLIENT_SECRET);
        for (int port : new int[] { portalPort, secondPort, floorPort, balancerPort }) {
            KeycloakAdmin.allowPortalAt("http://localhost:" + port + "/");
        }
        ScratchDatabase db = ScratchDatabase.named(DB);
        ScratchDatabase floorDb = ScratchDatabase.fresh(DB + "_floor");
        List<AutoCloseable> running = new ArrayList<>();
        try {
            prepare(db);
            long started = System.nanoTime();
            PortalInstance portal = PortalInstance.start("bench-a", portalPort, portalPort + 10, env(db, portalPort),
                    Duration.ofMinutes(3), jvm());
            running.add(portal);
            System.out.printf("http.startup prod jar: ready %d ms after the JVM was started; Quarkus says %s%n",
                    (System.nanoTime() - started) / 1_000_000, startedIn(portal.log));
            Process floor = startFloor(floorDb);
            running.add(() -> stop(floor));

            Result floorPublic = measure("floor public page (one Panache query)", floorPort, "/public/page", null,
                    floor.pid(), null);
            Result floorProtected = measure("floor protected page (OIDC + one Panache query)", floorPort,
                    "/greetings", APPLICANT, floor.pid(), null);
            row(floorPublic, floorPublic);
            row(floorProtected, floorProtected);
            row(measure("home, /iin/check (public)", portalPort, "/iin/check", null, portal.pid(), "check"),
                    floorPublic);
            row(measure("\"My applications\" (applicant, 5 cases)", portalPort, "/applications", APPLICANT,
                    portal.pid(), "applications"), floorProtected);
            row(measure("operator queue /review (" + BODY + ", 1 M applications)", portalPort, "/review", OPERATOR,
                    portal.pid(), "queue"), floorProtected);
            if (reviewedCase > 0) {
                row(measure("review page /review/case/{id} (viewed " + VIEWS + "+ times)", portalPort,
                        "/review/case/" + reviewedCase, OPERATOR, portal.pid(), "review"), floorProtected);
            }
            stop(floor);
            System.out.printf("%nhttp.summary (wrk %d threads x %d connections, %d s after %d s warm-up)%n"
                    + "| page | req/s | share of the floor page | p50 / p99 ms | RSS under load MB |%n"
                    + "|---|---|---|---|---|%n%s%n", THREADS, CONNECTIONS, SECONDS, WARMUP_SECONDS,
                    String.join("\n", table));

            if (INSTANCES >= 2) {
                throughTheBalancer(db, portal, running);
            }
        } finally {
            for (int i = running.size() - 1; i >= 0; i--) {
                try {
                    running.get(i).close();
                } catch (Exception e) {
                    System.out.println("http.stop " + e);
                }
            }
            KeycloakAdmin.portalClientSecret(demoSecret);
        }
        System.out.printf("http.load-average at end: %s%n", loadAverage());
    }

    /** "My applications" and the queue through HAProxy in front of one instance, then of two. */
    private void throughTheBalancer(ScratchDatabase db, PortalInstance a, List<AutoCloseable> running)
            throws Exception {
        try (Haproxy one = Haproxy.start(balancerPort, List.of(a))) {
            balancerRow("1", measure("balancer, 1 instance: \"My applications\"", balancerPort, "/applications",
                    APPLICANT, a.pid(), null));
            balancerRow("1", measure("balancer, 1 instance: queue", balancerPort, "/review", OPERATOR, a.pid(),
                    null));
        }
        PortalInstance b = PortalInstance.start("bench-b", secondPort, secondPort + 10, env(db, secondPort),
                Duration.ofMinutes(3), jvm());
        running.add(b);
        try (Haproxy two = Haproxy.start(balancerPort, List.of(a, b))) {
            balancerRow("2", measure("balancer, 2 instances: \"My applications\"", balancerPort, "/applications",
                    APPLICANT, a.pid(), null));
            balancerRow("2", measure("balancer, 2 instances: queue", balancerPort, "/review", OPERATOR, a.pid(),
                    null));
        }
        System.out.printf("%nhttp.balancer (HAProxy round robin, wrk %d threads x %d connections, %d s after %d s)%n"
                + "| page | instances | req/s | p50 / p99 ms |%n|---|---|---|---|%n%s%n", THREADS, CONNECTIONS,
                SECONDS, WARMUP_SECONDS, String.join("\n", balancerTable));
    }

    private static List<String> jvm() {
        return List.of("-Xmx256m", "-XX:+FlightRecorder");
    }

    /** The production settings a prod start needs (as cluster.TwoInstancesIT gives them), mail to nowhere. */
    private Map<String, String> env(ScratchDatabase db, int port) {
        Map<String, String> env = new HashMap<>();
        env.put("IIN_DB_URL", db.url());
        env.put("IIN_DB_USER", db.user());
        env.put("IIN_DB_PASSWORD", db.password());
        env.put("IIN_OIDC_URL", KeycloakResource.REALM_URL);
        env.put("IIN_OIDC_ORIGIN", KeycloakResource.BASE_URL);
        env.put("IIN_OIDC_CLIENT_SECRET", CLIENT_SECRET);
        env.put("IIN_TOKEN_ENCRYPTION_SECRET", "bench-http-token-encryption-secret-0123456789abcdef");
        env.put("IIN_PUBLIC_URL", "http://localhost:" + port);
        env.put("IIN_TRUSTED_PROXIES", "127.0.0.2");
        env.put("IIN_HSTS", "max-age=0");
        // Nothing measured sends mail; an address nobody listens on keeps the sender from reaching anyone.
        env.put("QUARKUS_MAILER_MOCK", "false");
        env.put("QUARKUS_MAILER_HOST", "127.0.0.1");
        env.put("QUARKUS_MAILER_PORT", "9");
        env.put("QUARKUS_MAILER_START_TLS", "DISABLED");
        return env;
    }

    /**
     * The database: made, migrated and filled on the first run (a million applications as bin/bench-queue fills
     * them, a few minutes), kept for later runs (bin/bench-http --fresh drops it). Then the accounts' rows: the
     * operator's staff row, the applicant's five cases, and a case of the operator viewed {@link #VIEWS} times.
     */
    private void prepare(ScratchDatabase db) throws Exception {
        if (!connects(db)) {
            ScratchDatabase.fresh(DB);
        }
        PortalInstance.migrate(db.url(), db.user(), db.owner(), db.ownerPassword());
        try (Connection c = DriverManager.getConnection(db.url(), db.owner(), db.ownerPassword());
                Statement s = c.createStatement()) {
            long existing = single(s, "SELECT count(*) FROM application WHERE created_by LIKE 'bench-applicant-%'");
            if (existing == 0) {
                long start = System.nanoTime();
                ReviewQueueBench.fill(c, APPLICATIONS);
                System.out.printf("http.fill %d applications in %.0f s%n", APPLICATIONS,
                        (System.nanoTime() - start) / 1e9);
            }
            s.execute("INSERT INTO staff (login, full_name, territorial_body, role) VALUES ('" + OPERATOR
                    + "', 'Bench Operator', '" + BODY + "', 'operator') ON CONFLICT (login) DO NOTHING");
            if (single(s, "SELECT count(*) FROM application WHERE created_by = '" + APPLICANT + "'") == 0) {
                // Five of the fill's rows, given to the demo applicant: a draft, two open, two decided.
                s.execute("UPDATE application SET created_by = '" + APPLICANT + "' WHERE id IN ("
                        + "SELECT min(id) FROM application WHERE status = 'DRAFT' UNION ALL "
                        + "(SELECT id FROM application WHERE status IN ('SUBMITTED', 'IN_REVIEW') ORDER BY id LIMIT 2)"
                        + " UNION ALL (SELECT id FROM application WHERE status = 'IIN_FORMED' ORDER BY id LIMIT 1)"
                        + " UNION ALL (SELECT id FROM application WHERE status = 'REFUSED' ORDER BY id LIMIT 1))");
            }
            reviewedCase = single(s, "SELECT coalesce(min(id), 0) FROM application WHERE region = '" + BODY
                    + "' AND status = 'IN_REVIEW' AND assigned_to = '" + OPERATOR + "'");
            long viewed = reviewedCase == 0 ? 0
                    : single(s, "SELECT count(*) FROM application_event WHERE application_id = " + reviewedCase
                            + " AND kind = 'VIEWED'");
            if (reviewedCase > 0 && viewed < VIEWS) {
                // In transactions of 500: every event moves the one chain head (docs/performance.md, audit chain).
                c.setAutoCommit(false);
                try (PreparedStatement views = c.prepareStatement("INSERT INTO application_event"
                        + " (id, application_id, at, actor, actor_role, kind) SELECT nextval('application_event_seq'),"
                        + " ?, now() - interval '1 day' + g * interval '1 second', ?, 'operator', 'VIEWED'"
                        + " FROM generate_series(1, 500) g")) {
                    for (long done = viewed; done < VIEWS; done += 500) {
                        views.setLong(1, reviewedCase);
                        views.setString(2, OPERATOR);
                        views.executeUpdate();
                        c.commit();
                    }
                }
                c.setAutoCommit(true);
            }
            s.execute("VACUUM ANALYZE application");
            System.out.printf("http.data %d applications; %s's case %d has %d VIEWED events%n",
                    single(s, "SELECT count(*) FROM application"), OPERATOR, reviewedCase,
                    reviewedCase == 0 ? 0
                            : single(s, "SELECT count(*) FROM application_event WHERE application_id = "
                                    + reviewedCase));
        }
    }

    private static boolean connects(ScratchDatabase db) {
        try (Connection c = DriverManager.getConnection(db.url(), db.owner(), db.ownerPassword())) {
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    private static long single(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The floor app (built once by bin/bench-http) against the same Keycloak with the portal's client. */
    private Process startFloor(ScratchDatabase db) throws IOException, InterruptedException {
        if (!Files.exists(FLOOR_JAR)) {
            throw new IllegalStateException(FLOOR_JAR + " is missing: bin/bench-http builds it");
        }
        Path log = OUT.resolve("floor-app.log");
        Process floor = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:+FlightRecorder", "-Dquarkus.http.port=" + floorPort,
                "-Dquarkus.datasource.jdbc.url=" + db.url(), "-Dquarkus.datasource.username=" + db.owner(),
                "-Dquarkus.datasource.password=" + db.ownerPassword(),
                "-Dquarkus.oidc.auth-server-url=" + KeycloakResource.REALM_URL,
                "-Dquarkus.oidc.client-id=iin-portal", "-Dquarkus.oidc.credentials.secret=" + CLIENT_SECRET,
                // The portal's client requires PKCE (S256), as the portal itself sends it.
                "-Dquarkus.oidc.authentication.pkce-required=true", "-Dquarkus.oidc.roles.source=accesstoken",
                "-jar", FLOOR_JAR.toString()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        HttpClient client = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (System.nanoTime() < deadline) {
            try {
                if (client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + floorPort + "/public/hello"))
                        .build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return floor;
                }
            } catch (IOException notYet) {
                if (!floor.isAlive()) {
                    throw new IllegalStateException("the floor app exited; see " + log);
                }
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("the floor app did not start; see " + log);
    }

    private static void stop(Process process) throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    record Result(String label, double requestsPerSecond, double p50, double p99, long errors, long rssMb,
            String load) {
    }

    private void row(Result r, Result floor) {
        table.add(String.format(Locale.ROOT, "| %s | %,.0f | %.0f %% | %.1f / %.1f | %d |", r.label(),
                r.requestsPerSecond(), 100 * r.requestsPerSecond() / floor.requestsPerSecond(), r.p50(), r.p99(),
                r.rssMb()));
    }

    private void balancerRow(String instances, Result r) {
        balancerTable.add(String.format(Locale.ROOT, "| %s | %s | %,.0f | %.1f / %.1f |", r.label(), instances,
                r.requestsPerSecond(), r.p50(), r.p99()));
    }

    /**
     * One page: signed in afresh (a session lives 5 minutes in the demo realm, longer than one page's run), checked
     * once to answer 200 (not a sign-in redirect), then wrk for the warm-up and again for the figures, while the
     * process's resident memory is sampled (and, when asked, JFR records where the CPU goes).
     */
    private Result measure(String label, int port, String path, String user, long pid, String name)
            throws Exception {
        String base = "http://localhost:" + port;
        String cookie = user == null ? null : signIn(base, path, user);
        HttpRequest.Builder check = HttpRequest.newBuilder(URI.create(base + path));
        if (cookie != null) {
            check.header("Cookie", cookie);
        }
        HttpResponse<String> page = HttpClient.newHttpClient().send(check.build(),
                HttpResponse.BodyHandlers.ofString());
        if (page.statusCode() != 200) {
            throw new IllegalStateException(label + ": " + path + " answered " + page.statusCode());
        }
        Files.writeString(OUT.resolve((name == null ? "floor-" + port : name) + ".html"), page.body());
        wrk(base + path, cookie, WARMUP_SECONDS);
        boolean profile = name != null && PROFILE.contains(name);
        Path jfr = OUT.resolve(name + ".jfr");
        if (profile) {
            Files.deleteIfExists(jfr);
            run(List.of("jcmd", Long.toString(pid), "JFR.start", "name=bench", "settings=profile",
                    "filename=" + jfr.toAbsolutePath()));
        }
        AtomicLong rss = new AtomicLong();
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                rss.accumulateAndGet(rssKb(pid), Math::max);
                try {
                    Thread.sleep(500);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.start();
        String load = loadAverage();
        String out = wrk(base + path, cookie, SECONDS);
        sampler.interrupt();
        sampler.join();
        if (profile) {
            run(List.of("jcmd", Long.toString(pid), "JFR.stop", "name=bench"));
            System.out.println(topFrames(label, jfr));
        }
        Result r = new Result(label, number(out, "Requests/sec:\\s+([0-9.]+)"), millis(out, "50%"),
                millis(out, "99%"), errors(out), rss.get() / 1024, load);
        System.out.printf(Locale.ROOT,
                "http.%s req/s=%.0f p50=%.2fms p99=%.2fms non-2xx/errors=%d rss=%dMB load=%s%n", label,
                r.requestsPerSecond(), r.p50(), r.p99(), r.errors(), r.rssMb(), load);
        return r;
    }

    private String wrk(String url, String cookie, int seconds) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("wrk", "-t" + THREADS, "-c" + CONNECTIONS,
                "-d" + seconds + "s", "--latency", "--timeout", "10s"));
        if (cookie != null) {
            command.addAll(List.of("-H", "Cookie: " + cookie));
        }
        command.add(url);
        return run(command);
    }

    private static String run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed:\n" + out);
        }
        return out;
    }

    private static double number(String out, String regex) {
        Matcher m = Pattern.compile(regex).matcher(out);
        if (!m.find()) {
            throw new IllegalStateException("no " + regex + " in:\n" + out);
        }
        return Double.parseDouble(m.group(1));
    }

    /** A latency percentile line of wrk --latency ("99%  12.34ms"), in milliseconds. */
    private static double millis(String out, String percentile) {
        Matcher m = Pattern.compile("\\s" + Pattern.quote(percentile) + "\\s+([0-9.]+)(us|ms|s)").matcher(out);
        if (!m.find()) {
            throw new IllegalStateException("no " + percentile + " in:\n" + out);
        }
        double value = Double.parseDouble(m.group(1));
        return switch (m.group(2)) {
            case "us" -> value / 1000;
            case "s" -> value * 1000;
            default -> value;
        };
    }

    private static long errors(String out) {
        long errors = 0;
        Matcher non2xx = Pattern.compile("Non-2xx or 3xx responses: (\\d+)").matcher(out);
        if (non2xx.find()) {
            errors += Long.parseLong(non2xx.group(1));
        }
        Matcher socket = Pattern.compile("Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)")
                .matcher(out);
        if (socket.find()) {
            for (int i = 1; i <= 4; i++) {
                errors += Long.parseLong(socket.group(i));
            }
        }
        return errors;
    }

    private static long rssKb(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | NumberFormatException gone) {
            // the process ended
        }
        return 0;
    }

    static String loadAverage() {
        try {
            return String.join(" ", List.of(Files.readString(Path.of("/proc/loadavg")).split(" ")).subList(0, 3));
        } catch (IOException e) {
            return "?";
        }
    }

    private static String startedIn(Path log) throws IOException {
        Matcher m = Pattern.compile("started in ([0-9.]+s)").matcher(Files.readString(log));
        return m.find() ? "started in " + m.group(1) : "(no start line in " + log + ")";
    }

    /**
     * Signs in as a browser does, through Keycloak's own login form: the page sends to Keycloak, its form is posted
     * with the demo password, Keycloak sends back with a code, the app makes its session cookie. Returns the app's
     * session cookies as a Cookie header. The cookies are kept by hand, by name: Keycloak marks its own Secure, which
     * browsers send to http://localhost (a secure context) and java.net's CookieManager does not.
     */
    static String signIn(String base, String path, String user) throws IOException, InterruptedException {
        Map<String, String> jar = new LinkedHashMap<>();
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        URI next = URI.create(base + path);
        String form = null;
        for (int hop = 0; hop < 12; hop++) {
            HttpRequest.Builder request = HttpRequest.newBuilder(next);
            if (form != null) {
                request.header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form));
                form = null;
            }
            if (!jar.isEmpty()) {
                request.header("Cookie", cookieHeader(jar, name -> true));
            }
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            for (String set : response.headers().allValues("Set-Cookie")) {
                String pair = set.split(";", 2)[0];
                int eq = pair.indexOf('=');
                String name = pair.substring(0, eq).strip();
                String value = pair.substring(eq + 1).strip();
                if (value.isEmpty() || set.toLowerCase(Locale.ROOT).contains("max-age=0")) {
                    jar.remove(name);
                } else {
                    jar.put(name, value);
                }
            }
            if (response.statusCode() / 100 == 3) {
                next = next.resolve(response.headers().firstValue("Location").orElseThrow());
                continue;
            }
            Matcher login = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"")
                    .matcher(response.body());
            if (response.statusCode() == 200 && login.find()) {
                form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password=demo"
                        + "&credentialId=";
                next = next.resolve(login.group(1).replace("&amp;", "&"));
                continue;
            }
            if (response.statusCode() == 200) {
                String header = cookieHeader(jar, name -> name.startsWith("q_session"));
                if (header.isEmpty()) {
                    throw new IllegalStateException("signed in as " + user + " but no session cookie");
                }
                return header;
            }
            throw new IllegalStateException("sign-in of " + user + " stopped at " + next + ": "
                    + response.statusCode() + "\n" + response.body());
        }
        throw new IllegalStateException("sign-in of " + user + ": too many redirects");
    }

    private static String cookieHeader(Map<String, String> jar, Predicate<String> names) {
        return jar.entrySet().stream().filter(e -> names.test(e.getKey())).map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("; "));
    }

    /**
     * Where the CPU went while a page was measured: JFR's execution samples (every 10 ms per running thread with the
     * profile settings), counted by their top frame (self time) and by the first frame of a few libraries on the
     * stack (inclusive time).
     */
    static String topFrames(String label, Path jfr) throws IOException, InterruptedException {
        String printed = run(List.of("jfr", "print", "--events", "jdk.ExecutionSample", "--stack-depth", "64",
                jfr.toString()));
        Map<String, Integer> self = new HashMap<>();
        Map<String, Integer> inclusive = new LinkedHashMap<>();
        Map<String, String> libraries = new LinkedHashMap<>();
        libraries.put("Qute rendering", "io.quarkus.qute.");
        libraries.put("Hibernate ORM", "org.hibernate.");
        libraries.put("PostgreSQL JDBC", "org.postgresql.");
        libraries.put("Agroal pool", "io.agroal.");
        libraries.put("OIDC / JWT / crypto",
                "io.quarkus.oidc.|io.smallrye.jwt.|org.jose4j.|javax.crypto.|sun.security.|com.sun.crypto.");
        libraries.put("Renarde", "io.quarkiverse.renarde.");
        libraries.put("the portal's code", "kz.iinportal.");
        libraries.put("Netty / Vert.x I/O", "io.netty.|io.vertx.");
        libraries.forEach((k, v) -> inclusive.put(k, 0));
        int samples = 0;
        for (String event : printed.split("jdk.ExecutionSample \\{")) {
            int stack = event.indexOf("stackTrace = [");
            if (stack < 0) {
                continue;
            }
            samples++;
            List<String> frames = event.substring(stack + 14).lines().map(String::strip)
                    .takeWhile(l -> !l.startsWith("]")).filter(l -> !l.isEmpty() && !l.equals("..."))
                    .map(l -> l.replaceAll("\\s+line:.*$", "")).toList();
            if (frames.isEmpty()) {
                continue;
            }
            self.merge(frames.get(0), 1, Integer::sum);
            for (Map.Entry<String, String> library : libraries.entrySet()) {
                Pattern prefix = Pattern.compile("^(" + library.getValue().replace(".", "\\.") + ")");
                if (frames.stream().anyMatch(f -> prefix.matcher(f).find())) {
                    inclusive.merge(library.getKey(), 1, Integer::sum);
                }
            }
        }
        int total = Math.max(1, samples);
        StringBuilder text = new StringBuilder(String.format("http.profile %s: %d samples%n", label, samples));
        inclusive.forEach((k, v) -> text.append(String.format(Locale.ROOT, "    %5.1f %%  on the stack: %s%n",
                100.0 * v / total, k)));
        self.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()))
                .limit(15).forEach(e -> text.append(String.format(Locale.ROOT, "    %5.1f %%  self: %s%n",
                        100.0 * e.getValue() / total, e.getKey())));
        return text.toString();
    }
}
