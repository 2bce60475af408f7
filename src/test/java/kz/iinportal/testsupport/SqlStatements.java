package kz.iinportal.testsupport;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.resource.jdbc.spi.StatementInspector;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InstanceHandle;
import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;

/**
 * The SQL statements a page sends, counted in tests so that a page's statement count cannot silently grow (a query
 * per row, a second read of the same row). Hibernate hands every statement here before preparing it; while a test
 * records, each is kept with the path of the HTTP request that sent it, so that what scheduled jobs (the notice
 * sender) send meanwhile is not counted.
 */
@PersistenceUnitExtension
@ApplicationScoped
public class SqlStatements implements StatementInspector {

    private static final long serialVersionUID = 1L;

    private static final List<Sent> SENT = new CopyOnWriteArrayList<>();
    private static volatile boolean recording;

    record Sent(String path, String sql) {
    }

    @Override
    public String inspect(String sql) {
        if (recording) {
            String path = requestPath();
            if (path != null) {
                SENT.add(new Sent(path, sql));
            }
        }
        return sql;
    }

    /** Runs {@code requests} and gives the statements sent while serving requests for {@code path}, in order. */
    public static List<String> sentFor(String path, Runnable requests) {
        SENT.clear();
        recording = true;
        try {
            requests.run();
        } finally {
            recording = false;
        }
        return SENT.stream().filter(s -> s.path().equals(path)).map(Sent::sql).toList();
    }

    private static String requestPath() {
        if (!Arc.container().requestContext().isActive()) {
            return null;
        }
        try (InstanceHandle<CurrentVertxRequest> current = Arc.container().instance(CurrentVertxRequest.class)) {
            RoutingContext routing = current.isAvailable() ? current.get().getCurrent() : null;
            return routing == null ? null : routing.request().path();
        }
    }
}
