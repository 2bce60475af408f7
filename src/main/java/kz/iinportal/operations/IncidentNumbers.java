package kz.iinportal.operations;

import java.util.UUID;
import java.util.logging.Filter;
import java.util.logging.Level;
import java.util.logging.LogRecord;

import org.jboss.logmanager.ExtLogRecord;

import io.quarkus.logging.LoggingFilter;

/**
 * Every error line carries an incident number (MDC key {@value #MDC_KEY}; in production's JSON lines
 * {@code "mdc":{"incident":…}}), so that one reported by a person, or raised by an alert, finds its line. The
 * error page's number is set by web.ErrorPages before it logs; errors logged elsewhere (a scheduled job, Quarkus
 * itself) get one here, on the console handler ({@code quarkus.log.console.filter=incident}).
 */
@LoggingFilter(name = "incident")
public final class IncidentNumbers implements Filter {

    public static final String MDC_KEY = "incident";

    /** Eight characters, short enough to read out on the phone. */
    public static String next() {
        return UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    @Override
    public boolean isLoggable(LogRecord record) {
        if (record.getLevel().intValue() >= Level.SEVERE.intValue() && record instanceof ExtLogRecord ext
                && ext.getMdc(MDC_KEY) == null) {
            ext.putMdc(MDC_KEY, next());
        }
        return true;
    }
}
