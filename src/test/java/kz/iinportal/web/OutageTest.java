package kz.iinportal.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ConnectException;
import java.sql.SQLException;

import jakarta.persistence.PersistenceException;
import jakarta.transaction.RollbackException;

import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.GenericJDBCException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;

import io.quarkus.arc.ArcUndeclaredThrowableException;
import io.quarkus.oidc.OIDCException;
import io.quarkus.qute.TemplateException;
import io.quarkus.security.AuthenticationFailedException;
import io.smallrye.mutiny.CompositeException;

/** The classifier over the exception chains the frameworks actually build around a database or provider failure. */
class OutageTest {

    @Test
    void connectionFailuresAnywhereInTheChainAreDatabaseOutages() {
        assertTrue(Outage.database(new JDBCConnectionException("Unable to acquire JDBC Connection",
                new SQLException("Connection refused", "08001"))));
        // a connection killed by the restart, found out during a statement, then rolled back by Narayana
        assertTrue(Outage.database(new ArcUndeclaredThrowableException(new RollbackException("commit failed") {
            {
                initCause(new PersistenceException(new SQLException("An I/O error occurred", "08006")));
            }
        })));
        assertTrue(Outage.database(new TemplateException(
                new PersistenceException(new SQLException("terminating connection due to administrator command",
                        "57P01")))));
        assertTrue(Outage.database(new SQLException("the database system is starting up", "57P03")));
        assertTrue(Outage.database(new SQLException("too many connections for database", "53300")));
    }

    @Test
    void agroalGivingUpWaitingForAConnectionIsAnOutage() {
        assertTrue(Outage.database(new GenericJDBCException("Unable to acquire JDBC Connection",
                new SQLException("Acquisition timeout while waiting for new connection"))));
        // The pool at its maximum (Agroal's ConnectionPool.waitAvailableHandler): met in TwoInstancesIT's storm.
        assertTrue(Outage.database(new GenericJDBCException("Unable to acquire JDBC Connection",
                new SQLException("Sorry, acquisition timeout!"))));
    }

    @Test
    void failingStatementsAndOtherDefectsAreNot() {
        assertFalse(Outage.database(new ConstraintViolationException("duplicate key",
                new SQLException("duplicate key value violates unique constraint", "23505"), "uk")));
        assertFalse(Outage.database(new GenericJDBCException("syntax",
                new SQLException("syntax error at or near", "42601"))));
        assertFalse(Outage.database(new IllegalStateException("defect")));
        assertFalse(Outage.database(null));
    }

    @Test
    void aCyclicChainEnds() {
        RuntimeException a = new RuntimeException("a");
        RuntimeException b = new RuntimeException("b", a);
        a.initCause(b);
        assertFalse(Outage.database(a));
    }

    @Test
    void suppressedFailuresOfACompositeCount() {
        assertTrue(Outage.database(new CompositeException(new IllegalStateException("first"),
                new PersistenceException(new SQLException("Connection reset", "08006")))));
    }

    @Test
    void anUnreachableProviderIsASignInOutageAFailedCheckIsNot() {
        assertTrue(Outage.signIn(new AuthenticationFailedException(new ConnectException("Connection refused"))));
        assertTrue(Outage.signIn(new AuthenticationFailedException(new OIDCException("Tenant is not resolved"))));
        assertFalse(Outage.signIn(new AuthenticationFailedException("State cookie does not match")));
    }

    @Test
    void aRefreshTheProviderRefusesIsNoOutageAnErrorPageOfAProxyIs() {
        assertFalse(Outage.signIn(new AuthenticationFailedException(new OIDCException(
                "{\"error\":\"invalid_grant\",\"error_description\":\"Session not active\"}"))));
        assertTrue(Outage.signIn(new AuthenticationFailedException(
                new OIDCException("<html><body><h1>503 Service Unavailable</h1></body></html>"))));
    }
}
