package kz.iinportal.testsupport;

import java.util.Map;

import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * An identity provider that answers its discovery document, so the portal starts and sends people to sign in, but
 * whose token endpoint is down (nothing listens on its port): what a person sees when the provider goes away while
 * their sign-in completes.
 */
public class TokenEndpointDownResource implements QuarkusTestResourceLifecycleManager {

    private HttpServer server;

    @Override
    public Map<String, String> start() {
        server = FakeProvider.serve(0, "http://127.0.0.1:9/realms/iin/protocol/openid-connect");
        return Map.of(
                "quarkus.oidc.auth-server-url", FakeProvider.realm(server),
                "quarkus.oidc.devservices.enabled", "false");
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }
}
