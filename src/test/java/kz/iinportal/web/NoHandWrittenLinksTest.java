package kz.iinportal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Links, form actions and redirects name their route ({uri:ApplyPerson.person(app.id)}, Router.getURI): Renarde checks those
 * when it builds, so a renamed or moved route breaks the build instead of leaving a dead link that only a person
 * clicking it would find. A hand-written path is checked by nobody.
 */
class NoHandWrittenLinksTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Path SOURCES = Path.of("src/main/java");

    /**
     * Addresses that are not routes of a controller, each with the reason it stays a plain path. Keyed by the start
     * of the address after the opening quote.
     */
    private static final Map<String, String> NOT_ROUTES = Map.of(
            "/css/", "static files, served by Quarkus and not by a controller",
            // The target already carries the current page's address as PageContext.returnTo encodes it; routing it
            // through {uri:} would encode it a second time.
            "/lang/", "the language switch, which returns to the current page");

    @Test
    void templatesLinkByRoute() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path file : files(TEMPLATES, ".html")) {
            List<String> lines = Files.readAllLines(file);
            for (int i = 0; i < lines.size(); i++) {
                for (String attribute : List.of("href=\"/", "action=\"/")) {
                    int at = lines.get(i).indexOf(attribute);
                    while (at >= 0) {
                        String address = lines.get(i).substring(at + attribute.length() - 1);
                        if (NOT_ROUTES.keySet().stream().noneMatch(address::startsWith)) {
                            found.add(TEMPLATES.relativize(file) + ":" + (i + 1) + ": " + lines.get(i).strip());
                        }
                        at = lines.get(i).indexOf(attribute, at + 1);
                    }
                }
            }
        }
        assertEquals(List.of(), found, "hand-written links; use {uri:Controller.method(…)} or {#form uri:…}");
    }

    @Test
    void javaRedirectsByRoute() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path file : files(SOURCES, ".java")) {
            List<String> lines = Files.readAllLines(file);
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).contains("URI.create(\"/")) {
                    found.add(SOURCES.relativize(file) + ":" + (i + 1) + ": " + lines.get(i).strip());
                }
            }
        }
        assertEquals(List.of(), found, "hand-written redirects; use Router.getURI(Controller::method, …)");
    }

    private static List<Path> files(Path root, String suffix) throws IOException {
        assertTrue(Files.isDirectory(root), "run from the project directory: " + root.toAbsolutePath());
        try (Stream<Path> walk = Files.walk(root)) {
            List<Path> files = walk.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
            assertTrue(files.size() > 10, "found " + files);
            return files;
        }
    }
}
