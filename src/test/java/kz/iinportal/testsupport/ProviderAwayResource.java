package kz.iinportal.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.Map;

import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * An identity provider that a test sends away and brings back, on the same address: nothing listens on its port in
 * between, as when Keycloak is stopped. The test switches it with a GET of {@code CONTROL/away} or
 * {@code CONTROL/back}, CONTROL being the setting {@value #CONTROL}: a second server that stays up (plain HTTP, so the
 * switch works whichever class loader the test runs in).
 */
public class ProviderAwayResource implements QuarkusTestResourceLifecycleManager {

    public static final String CONTROL = "test.provider-control";

    private volatile HttpServer provider;
    private HttpServer control;

    @Override
    public Map<String, String> start() {
        provider = FakeProvider.serve(0, null);
        int port = provider.getAddress().getPort();
        try {
            control = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        control.createContext("/away", exchange -> {
            provider.stop(0);
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        control.createContext("/back", exchange -> {
            provider = FakeProvider.serve(port, null);
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        control.start();
        return Map.of(
                "quarkus.oidc.auth-server-url", FakeProvider.realm(provider),
                "quarkus.oidc.devservices.enabled", "false",
                CONTROL, "http://127.0.0.1:" + control.getAddress().getPort());
    }

    @Override
    public void stop() {
        if (control != null) {
            control.stop(0);
        }
        if (provider != null) {
            provider.stop(0);
        }
    }
}
