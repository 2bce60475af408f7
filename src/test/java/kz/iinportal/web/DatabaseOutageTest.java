package kz.iinportal.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;

/**
 * Real faults on the portal's own test database: its connections are killed (what a PostgreSQL restart does to a
 * pool), and the database refuses new connections for a while (connection limit 0, as while it restarts).
 */
@QuarkusTest
class DatabaseOutageTest {

    private static final Pattern TOKEN = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;

    @ConfigProperty(name = "quarkus.datasource.username")
    String user;

    @ConfigProperty(name = "quarkus.datasource.password")
    String password;

    @ConfigProperty(name = "quarkus.flyway.username")
    String owner;

    @ConfigProperty(name = "quarkus.flyway.password")
    String ownerPassword;

    @Test
    @TestSecurity(user = "applicant", roles = "applicant")
    void afterThePortalsConnectionsAreKilledNoRequestGetsThe500Page() throws SQLException {
        for (int i = 0; i < 5; i++) {
            given().get("/applications").then().statusCode(200);
        }
        try (Connection portalRole = DriverManager.getConnection(url, user, password)) {
            assertTrue(killOtherConnections(portalRole) > 0, "the pool had connections to kill");
        }
        for (int i = 0; i < 10; i++) {
            int status = given().get("/applications").then().extract().statusCode();
            assertTrue(status == 200 || status == 503, "request " + i + " answered " + status);
        }
        given().get("/applications").then().statusCode(200);
    }

    @Test
    @TestSecurity(user = "applicant", roles = "applicant")
    void whileTheDatabaseRefusesConnectionsPagesAnswer503AndSayWhatWasKept() throws SQLException {
        Response start = given().get("/apply");
        start.then().statusCode(200);
        Matcher token = TOKEN.matcher(start.body().asString());
        assertTrue(token.find(), "the start page has a CSRF token");
        Map<String, String> cookies = start.cookies();

        try (Connection ownerRole = DriverManager.getConnection(url, owner, ownerPassword);
                Connection portalRole = DriverManager.getConnection(url, user, password)) {
            try {
                execute(ownerRole, "ALTER DATABASE " + database(ownerRole) + " CONNECTION LIMIT 0");
                killOtherConnections(portalRole);

                long began = System.nanoTime();
                given().cookie("_renarde_locale", "ru").get("/applications").then().statusCode(503)
                        .header("Retry-After", "60")
                        .body(containsString("Сервис ненадолго недоступен"))
                        .body(containsString("всё, что вы сохранили, не потеряно"))
                        .body(containsString("<footer"));
                long millis = (System.nanoTime() - began) / 1_000_000;
                System.out.printf("503 while the database refuses connections answered in %d ms%n", millis);

                given().cookies(cookies).redirects().follow(false)
                        .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                        .formParam("csrf-token", token.group(1)).formParam("service", "FORMATION")
                        .post("/apply/start").then().statusCode(503)
                        .body(containsString("The last step was not saved"))
                        .body(not(containsString("nothing you saved is lost")));
            } finally {
                execute(ownerRole, "ALTER DATABASE " + database(ownerRole) + " CONNECTION LIMIT -1");
            }
        }
        // back as soon as the database is: the pool opens new connections on demand
        given().get("/applications").then().statusCode(200);
        Response created = given().cookies(cookies).redirects().follow(false)
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("csrf-token", token.group(1)).formParam("service", "FORMATION")
                .post("/apply/start");
        assertEquals(303, created.statusCode(), created.body().asString());
        assertNotEquals(null, created.header("Location"));
    }

    private static int killOtherConnections(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                var result = statement.executeQuery("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity"
                        + " WHERE datname = current_database() AND pid <> pg_backend_pid()"
                        + " AND usename = current_user")) {
            result.next();
            return result.getInt(1);
        }
    }

    private static String database(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                var result = statement.executeQuery("SELECT quote_ident(current_database())")) {
            result.next();
            return result.getString(1);
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
