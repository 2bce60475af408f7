package kz.iinportal.operations;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.logging.LogRecord;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jboss.logmanager.ExtLogRecord;
import org.jboss.logmanager.Level;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The incident number a person reads on the error page is a field of the error's log line. */
@QuarkusTest
class IncidentNumbersTest {

    @Test
    void theErrorPagesNumberIsInTheLinesMdc() {
        try (CapturedLog log = CapturedLog.install()) {
            String page = given().get("/test-only/boom").then().statusCode(500).extract().asString();
            Matcher number = Pattern.compile("<strong>([0-9A-F]{8})</strong>").matcher(page);
            assertTrue(number.find(), page);
            LogRecord line = log.records().stream().filter(r -> r.getLevel().intValue() >= Level.SEVERE.intValue())
                    .filter(r -> log.text(r).contains("Unexpected failure")).findFirst()
                    .orElseThrow(() -> new AssertionError("no error line: " + log.all()));
            assertEquals(number.group(1), ((ExtLogRecord) line).getMdc(IncidentNumbers.MDC_KEY));
        }
    }

    @Test
    void anErrorLoggedElsewhereGetsANumberAndOtherLinesDoNot() {
        IncidentNumbers filter = new IncidentNumbers();
        ExtLogRecord error = new ExtLogRecord(Level.ERROR, "failed", getClass().getName());
        assertTrue(filter.isLoggable(error));
        assertNotNull(error.getMdc(IncidentNumbers.MDC_KEY));
        assertTrue(error.getMdc(IncidentNumbers.MDC_KEY).matches("[0-9A-F]{8}"));

        ExtLogRecord numbered = new ExtLogRecord(Level.ERROR, "failed", getClass().getName());
        numbered.putMdc(IncidentNumbers.MDC_KEY, "0000BEEF");
        filter.isLoggable(numbered);
        assertEquals("0000BEEF", numbered.getMdc(IncidentNumbers.MDC_KEY), "the page's number is kept");

        ExtLogRecord info = new ExtLogRecord(Level.INFO, "fine", getClass().getName());
        filter.isLoggable(info);
        assertNull(info.getMdc(IncidentNumbers.MDC_KEY));
    }
}
