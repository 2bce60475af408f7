package kz.iinportal.testsupport;

import java.io.IOException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * HAProxy from Debian's package as the load balancer in front of portal instances: round robin, so consecutive
 * requests of one person go to different instances, with no stickiness of any kind. It connects to the instances
 * from 127.0.0.2, the only address they trust forwarded headers from, and names the instance that answered in
 * X-Served-By so a test can see the alternation. An instance that stops answering is taken out within a second,
 * as a production balancer's health check does.
 */
public final class Haproxy implements AutoCloseable {

    private final Process process;

    private Haproxy(Process process) {
        this.process = process;
    }

    public static Haproxy start(int port, List<PortalInstance> instances) throws IOException, InterruptedException {
        StringBuilder config = new StringBuilder("""
                global
                    maxconn 512
                defaults
                    mode http
                    timeout connect 2s
                    timeout client 60s
                    timeout server 60s
                    option forwardfor
                frontend portal
                    bind 127.0.0.1:%d
                    default_backend instances
                backend instances
                    balance roundrobin
                    http-response set-header X-Served-By %%[srv_name]
                """.formatted(port));
        for (PortalInstance instance : instances) {
            config.append("    server ").append(instance.name).append(" 127.0.0.1:").append(instance.port)
                    .append(" source 127.0.0.2 check inter 500 fall 1 rise 2\n");
        }
        Path file = Path.of("target/instances/haproxy.cfg");
        Files.createDirectories(file.getParent());
        Files.writeString(file, config);
        Process process = new ProcessBuilder(
                Files.isExecutable(Path.of("/usr/sbin/haproxy")) ? "/usr/sbin/haproxy" : "haproxy", "-db", "-f",
                file.toString()).redirectErrorStream(true)
                .redirectOutput(Path.of("target/instances/haproxy.log").toFile()).start();
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(
                        "haproxy exited: " + Files.readString(Path.of("target/instances/haproxy.log")));
            }
            try (Socket socket = new Socket("127.0.0.1", port)) {
                return new Haproxy(process);
            } catch (IOException e) {
                Thread.sleep(100);
            }
        }
        process.destroyForcibly();
        throw new IllegalStateException("haproxy did not listen on " + port);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
