package kz.iinportal.testsupport;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A minimal SMTP server speaking the real protocol over a real socket, so that the portal's mailer talks to something
 * that can be down (nothing listens: connection refused) and then come back; the end-to-end tests read Keycloak's
 * verification e-mail from it.
 */
public final class FakeSmtpServer implements AutoCloseable {

    public final int port;
    /** Each message's DATA as sent (headers and MIME body), in the order received. */
    public final List<String> messages = new CopyOnWriteArrayList<>();
    private ServerSocket server;

    public FakeSmtpServer(int port) {
        this.port = port;
    }

    public static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public synchronized void start() throws IOException {
        server = new ServerSocket(port, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(() -> {
            while (!server.isClosed()) {
                try {
                    Socket socket = server.accept();
                    Thread session = new Thread(() -> serve(socket), "fake-smtp-session");
                    session.setDaemon(true);
                    session.start();
                } catch (IOException e) {
                    return;
                }
            }
        }, "fake-smtp");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    private void serve(Socket socket) {
        try (socket; BufferedReader in = new BufferedReader(
                new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
                OutputStream out = socket.getOutputStream()) {
            reply(out, "220 fake-smtp ESMTP");
            String line;
            while ((line = in.readLine()) != null) {
                String command = line.length() >= 4 ? line.substring(0, 4).toUpperCase() : line.toUpperCase();
                switch (command) {
                    case "EHLO", "HELO" -> reply(out, "250 fake-smtp");
                    case "DATA" -> {
                        reply(out, "354 End data with <CR><LF>.<CR><LF>");
                        StringBuilder message = new StringBuilder();
                        while ((line = in.readLine()) != null && !line.equals(".")) {
                            message.append(line).append('\n');
                        }
                        messages.add(message.toString());
                        reply(out, "250 OK queued");
                    }
                    case "QUIT" -> {
                        reply(out, "221 Bye");
                        return;
                    }
                    default -> reply(out, "250 OK");
                }
            }
        } catch (IOException e) {
            // the client went away; nothing to do
        }
    }

    private static void reply(OutputStream out, String line) throws IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    @Override
    public synchronized void close() throws IOException {
        if (server != null) {
            server.close();
            server = null;
        }
    }
}
