package kz.iinportal.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.sun.net.httpserver.HttpExchange;
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
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String base = "http://127.0.0.1:" + server.getAddress().getPort() + "/realms/iin";
        String closed = "http://127.0.0.1:9/realms/iin/protocol/openid-connect";
        String discovery = """
                {"issuer": "%1$s",
                 "authorization_endpoint": "%1$s/protocol/openid-connect/auth",
                 "token_endpoint": "%2$s/token",
                 "userinfo_endpoint": "%2$s/userinfo",
                 "end_session_endpoint": "%1$s/protocol/openid-connect/logout",
                 "jwks_uri": "%1$s/protocol/openid-connect/certs",
                 "response_types_supported": ["code"],
                 "subject_types_supported": ["public"],
                 "id_token_signing_alg_values_supported": ["RS256"],
                 "code_challenge_methods_supported": ["S256"]}
                """.formatted(base, closed);
        server.createContext("/realms/iin/.well-known/openid-configuration", exchange -> json(exchange, discovery));
        server.createContext("/realms/iin/protocol/openid-connect/certs", exchange -> json(exchange, "{\"keys\": []}"));
        server.start();
        return Map.of(
                "quarkus.oidc.auth-server-url", base,
                "quarkus.oidc.devservices.enabled", "false");
    }

    private static void json(HttpExchange exchange, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }
}
