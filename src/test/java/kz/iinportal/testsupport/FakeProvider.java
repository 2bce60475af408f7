package kz.iinportal.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Just enough of an identity provider for the portal to start and send people to sign in: its discovery document and
 * an empty key set, at {@code http://127.0.0.1:PORT/realms/iin}. Nothing signs anyone in.
 */
final class FakeProvider {

    private FakeProvider() {
    }

    /**
     * Listens on {@code port} (0: any free one); the token and user-info endpoints are at {@code tokenEndpoints}, or
     * on this server when null.
     */
    static HttpServer serve(int port, String tokenEndpoints) {
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String base = realm(server);
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
                """.formatted(base, tokenEndpoints == null ? base + "/protocol/openid-connect" : tokenEndpoints);
        server.createContext("/realms/iin/.well-known/openid-configuration", exchange -> json(exchange, discovery));
        server.createContext("/realms/iin/protocol/openid-connect/certs", exchange -> json(exchange, "{\"keys\": []}"));
        server.start();
        return server;
    }

    /** The realm's address, the portal's {@code quarkus.oidc.auth-server-url}. */
    static String realm(HttpServer server) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/realms/iin";
    }

    private static void json(HttpExchange exchange, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
