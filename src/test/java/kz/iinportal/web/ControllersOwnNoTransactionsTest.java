package kz.iinportal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.stream.Stream;

import jakarta.transaction.Transactional;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;

import org.junit.jupiter.api.Test;

import io.quarkiverse.renarde.Controller;

/**
 * Controllers own no transactions: Renarde puts {@code @Transactional} on every POST of a controller that does not
 * declare one itself, and a page rendered inside a transaction that is rolling back (a refused decision) once waited
 * 60 s on its own row lock. Every controller therefore says NOT_SUPPORTED, on the class and on each POST; the services
 * they call own the transactions.
 */
class ControllersOwnNoTransactionsTest {

    @Test
    void everyControllerAndEveryPostIsOutsideATransaction() throws Exception {
        List<Class<?>> controllers = controllers();
        assertTrue(controllers.size() >= 10, "found " + controllers);
        List<String> wrong = new ArrayList<>();
        for (Class<?> controller : controllers) {
            if (!notSupported(controller.getAnnotation(Transactional.class))) {
                wrong.add(controller.getSimpleName());
            }
            for (Method m : controller.getDeclaredMethods()) {
                Transactional tx = m.getAnnotation(Transactional.class);
                // Renarde leaves asynchronous methods (Uni, CompletionStage) alone
                boolean async = m.getReturnType().getName().startsWith("io.smallrye.mutiny.")
                        || CompletionStage.class.isAssignableFrom(m.getReturnType());
                boolean changes = !async && m.isAnnotationPresent(POST.class) || m.isAnnotationPresent(PUT.class)
                        || m.isAnnotationPresent(DELETE.class) || m.isAnnotationPresent(PATCH.class);
                if ((changes || tx != null) && !notSupported(tx)) {
                    wrong.add(controller.getSimpleName() + "." + m.getName());
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    private static boolean notSupported(Transactional tx) {
        return tx != null && tx.value() == Transactional.TxType.NOT_SUPPORTED;
    }

    private static List<Class<?>> controllers() throws IOException, URISyntaxException, ClassNotFoundException {
        Path root = Path.of(Home.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Class<?>> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class") && !f.toString().contains("$"))
                    .toList()) {
                String name = root.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name, false, ControllersOwnNoTransactionsTest.class.getClassLoader());
                if (Controller.class.isAssignableFrom(type) && type != Controller.class) {
                    found.add(type);
                }
            }
        }
        return found;
    }
}
