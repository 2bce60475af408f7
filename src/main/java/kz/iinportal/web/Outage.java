package kz.iinportal.web;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;

import org.hibernate.exception.JDBCConnectionException;

import io.quarkus.oidc.OIDCException;
import io.vertx.core.http.HttpClosedException;

/**
 * Tells a service that is briefly away from a defect. Frameworks wrap the root cause several times over (Hibernate,
 * Narayana, Arc, Qute), so every test walks the whole cause chain; a cause seen twice ends the walk.
 */
public final class Outage {

    /**
     * SQLStates of a database that cannot be reached or refuses work for now: class 08 (connection exception) is
     * checked by prefix; 57P01–57P03 are an administrator's shutdown, a crash shutdown and "cannot connect now" (the
     * server is starting or in recovery); 53300 is too many connections (also what a database set to connection limit
     * 0 answers).
     */
    private static final Set<String> UNAVAILABLE_STATES = Set.of("57P01", "57P02", "57P03", "53300");

    private Outage() {
    }

    /** True when the database could not be reached or dropped the connection, as opposed to a failing statement. */
    public static boolean database(Throwable failure) {
        for (Throwable t : chain(failure)) {
            if (t instanceof JDBCConnectionException
                    || t instanceof SQLTransientConnectionException
                    || t instanceof SQLRecoverableException) {
                return true;
            }
            if (t instanceof SQLException sql) {
                String state = sql.getSQLState();
                if (state != null && (state.startsWith("08") || UNAVAILABLE_STATES.contains(state))) {
                    return true;
                }
                // Agroal's pool gives up waiting for a connection with a plain SQLException without SQLState, worded
                // "Acquisition timeout while waiting for new connection" when the pool may still grow and "Sorry,
                // acquisition timeout!" when it is at its maximum (what a storm of submissions meets).
                String message = sql.getMessage();
                if (state == null && message != null
                        && message.toLowerCase(Locale.ROOT).contains("acquisition timeout")) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * True when the identity provider could not be reached (refused, timed out, unknown host, not initialised). Not
     * when it answered and refused, e.g. a refresh token of a session that ended ("invalid_grant"): then the person
     * is to sign in again, which Quarkus' challenge does.
     */
    public static boolean signIn(Throwable failure) {
        for (Throwable t : chain(failure)) {
            if (t instanceof OIDCException && !refusedByProvider(t)
                    || t instanceof ConnectException
                    || t instanceof NoRouteToHostException
                    || t instanceof UnknownHostException
                    || t instanceof TimeoutException
                    || t instanceof HttpClosedException) {
                return true;
            }
        }
        return false;
    }

    /**
     * An OAuth error answer of the provider (RFC 6749, 5.2), which quarkus-oidc makes the exception's message:
     * {@code {"error":"invalid_grant",…}}.
     */
    private static final Pattern PROVIDER_REFUSAL = Pattern.compile("\\s*\\{.*\"error\"\\s*:.*", Pattern.DOTALL);

    /** The provider is there, and said no. */
    private static boolean refusedByProvider(Throwable t) {
        return t.getMessage() != null && PROVIDER_REFUSAL.matcher(t.getMessage()).matches();
    }

    /** The failure, its causes, and the suppressed failures Mutiny's CompositeException keeps, with their causes. */
    private static Iterable<Throwable> chain(Throwable failure) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        List<Throwable> chain = new ArrayList<>();
        Deque<Throwable> pending = new ArrayDeque<>();
        if (failure != null) {
            pending.add(failure);
        }
        while (!pending.isEmpty() && chain.size() < 64) {
            Throwable t = pending.poll();
            if (seen.put(t, Boolean.TRUE) != null) {
                continue;
            }
            chain.add(t);
            if (t.getCause() != null) {
                pending.add(t.getCause());
            }
            pending.addAll(List.of(t.getSuppressed()));
        }
        return chain;
    }
}
