package kz.iinportal.web;

import java.net.URI;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;

/**
 * Whether the identity provider answers at all, asked at most every {@link #FRESH_FOR_MS} ms: the portal sends a
 * person to sign in only when it does (see {@link SignInUnavailable}). Quarkus keeps the provider's addresses from
 * its discovery document, so it would otherwise send browsers to a provider that is gone. Any HTTP answer counts as
 * reachable (a provider that answers with an error will show its own page); only a refused, timed-out or closed
 * connection, or an unknown host, does not ({@link Outage#signIn}). The question is asked without blocking, and concurrent askers share one request.
 */
@ApplicationScoped
public class IdentityProviderProbe {

    /** How long an answer holds: a few seconds, so a provider back in service is used again almost at once. */
    static final long FRESH_FOR_MS = 5_000;
    private static final long FRESH_FOR_NS = FRESH_FOR_MS * 1_000_000;
    /** A provider slower than this to answer its discovery document would not finish a sign-in either. */
    static final int TIMEOUT_MS = 2_000;

    @Inject
    Vertx vertx;

    @ConfigProperty(name = "quarkus.oidc.auth-server-url")
    Optional<String> authServerUrl;

    private volatile boolean reachable = true;
    /** System.nanoTime() of the last answer; at start, long enough ago that the first sign-in asks. */
    private volatile long askedAt = System.nanoTime() - 2 * FRESH_FOR_NS;
    private final AtomicReference<Future<Boolean>> asking = new AtomicReference<>();
    private volatile HttpClient client;

    /** The scheme, host and port that sign-in redirects go to; empty when no provider is configured. */
    public Optional<String> origin() {
        return authServerUrl.map(URI::create).filter(u -> u.getScheme() != null && u.getRawAuthority() != null)
                .map(u -> u.getScheme() + "://" + u.getRawAuthority());
    }

    /** The last answer, even if stale. */
    public boolean reachable() {
        return reachable;
    }

    public boolean fresh() {
        return System.nanoTime() - askedAt < FRESH_FOR_NS;
    }

    /** The answer, asking the provider first when the last answer is stale; never fails. */
    public Future<Boolean> check() {
        if (fresh() || authServerUrl.isEmpty()) {
            return Future.succeededFuture(reachable);
        }
        Promise<Boolean> mine = Promise.promise();
        Future<Boolean> running = asking.compareAndExchange(null, mine.future());
        if (running != null) {
            return running;
        }
        ask().onComplete(result -> {
            // Only what Outage calls unreachable counts: a TLS handshake our trust store refuses, say, is an answer,
            // and must not stop every sign-in that Quarkus' own client (with its own TLS settings) would complete.
            reachable = result.succeeded() || !Outage.signIn(result.cause());
            askedAt = System.nanoTime();
            asking.set(null);
            mine.complete(reachable);
        });
        return mine.future();
    }

    private Future<Void> ask() {
        String discovery = authServerUrl.get().replaceAll("/+$", "") + "/.well-known/openid-configuration";
        return httpClient()
                .request(new RequestOptions().setMethod(HttpMethod.GET).setAbsoluteURI(discovery)
                        .setConnectTimeout(TIMEOUT_MS).setIdleTimeout(TIMEOUT_MS))
                .compose(request -> request.send()).compose(HttpClientResponse::body).mapEmpty();
    }

    private HttpClient httpClient() {
        HttpClient c = client;
        if (c == null) {
            synchronized (this) {
                if (client == null) {
                    client = vertx.createHttpClient(new HttpClientOptions().setConnectTimeout(TIMEOUT_MS)
                            .setIdleTimeout(TIMEOUT_MS / 1000 + 1).setKeepAlive(false));
                }
                c = client;
            }
        }
        return c;
    }

    @PreDestroy
    void close() {
        if (client != null) {
            client.close();
        }
    }
}
