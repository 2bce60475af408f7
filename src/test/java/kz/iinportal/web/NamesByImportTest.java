package kz.iinportal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every class a file uses is named in its imports, one by one: the imports are the list of what a file depends on,
 * and the build keeps them sorted and drops unused ones (impsort-maven-plugin, which cannot refuse wildcards itself).
 * A wildcard hides what is used and can change meaning when a package gains a class; a fully-qualified name in the
 * middle of code hides a dependency from that list.
 */
class NamesByImportTest {

    private static final List<Path> ROOTS = List.of(Path.of("src/main/java"), Path.of("src/test/java"));

    /** {@code import a.b.*;} and {@code import static a.b.C.*;} */
    private static final Pattern WILDCARD = Pattern.compile("^\\s*import\\s+(static\\s+)?[\\w.]+\\.\\*\\s*;",
            Pattern.MULTILINE);

    /** A package name (lower-case parts under a usual top-level domain) followed by a class name. */
    private static final Pattern QUALIFIED = Pattern.compile(
            "(?<![\\w.])(?:java|javax|jakarta|org|com|net|io|kz)(?:\\s*\\.\\s*[a-z_][\\w]*)+\\s*\\.\\s*[A-Z]\\w*");

    /**
     * Files being changed on other branches when this check came in; their last qualified names are replaced when
     * those branches are merged, and then they leave this set.
     */
    private static final Set<String> NOT_YET = Set.of();

    @Test
    void noWildcardImports() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path root : ROOTS) {
            for (Path file : javaFiles(root)) {
                Matcher m = WILDCARD.matcher(Files.readString(file));
                while (m.find()) {
                    found.add(root.relativize(file) + ": " + m.group().strip());
                }
            }
        }
        assertEquals(List.of(), found, "wildcard imports; import each class by name");
    }

    @Test
    void noFullyQualifiedNamesInCode() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path root : ROOTS) {
            for (Path file : javaFiles(root)) {
                String name = root.relativize(file).toString().replace('\\', '/');
                if (NOT_YET.contains(name)) {
                    continue;
                }
                String[] lines = codeOnly(Files.readString(file)).split("\n", -1);
                for (int i = 0; i < lines.length; i++) {
                    if (lines[i].strip().startsWith("package ") || lines[i].strip().startsWith("import ")) {
                        continue;
                    }
                    Matcher m = QUALIFIED.matcher(lines[i]);
                    while (m.find()) {
                        found.add(name + ":" + (i + 1) + ": " + m.group());
                    }
                }
            }
        }
        assertEquals(List.of(), found, "fully-qualified names in code; import the class and use its simple name");
    }

    @Test
    void commentsAndTextAreNotCode() {
        String source = """
                /** {@link java.util.Map} */
                // java.util.List
                String jpql = "select new kz.iinportal.documents.DocumentInfo(d.id) from D d";
                String block = \"""
                        java.util.Set
                        \""";
                char c = '"'; java.util.Optional<String> o;
                """;
        Matcher m = QUALIFIED.matcher(codeOnly(source));
        assertTrue(m.find());
        assertEquals("java.util.Optional", m.group());
        assertFalse(m.find(), "only the name in code is found");
    }

    /**
     * The source with comments, string and character literals and text blocks blanked out (line breaks kept, so that
     * line numbers stay right): names may be written in full there, as in {@code {@link}} or a JPQL constructor.
     */
    static String codeOnly(String source) {
        StringBuilder code = new StringBuilder(source.length());
        int i = 0;
        while (i < source.length()) {
            int end;
            if (source.startsWith("//", i)) {
                end = source.indexOf('\n', i);
                end = end < 0 ? source.length() : end;
            } else if (source.startsWith("/*", i)) {
                end = source.indexOf("*/", i + 2);
                end = end < 0 ? source.length() : end + 2;
            } else if (source.startsWith("\"\"\"", i)) {
                end = closing(source, i + 3, "\"\"\"");
            } else if (source.charAt(i) == '"' || source.charAt(i) == '\'') {
                end = closing(source, i + 1, String.valueOf(source.charAt(i)));
            } else {
                code.append(source.charAt(i++));
                continue;
            }
            for (; i < end; i++) {
                code.append(source.charAt(i) == '\n' ? '\n' : ' ');
            }
        }
        return code.toString();
    }

    /** Just after the unescaped {@code quote} that closes the literal starting at {@code from}. */
    private static int closing(String source, int from, String quote) {
        for (int i = from; i < source.length(); i++) {
            if (source.charAt(i) == '\\') {
                i++;
            } else if (source.startsWith(quote, i)) {
                return i + quote.length();
            }
        }
        return source.length();
    }

    private static List<Path> javaFiles(Path root) throws IOException {
        assertTrue(Files.isDirectory(root), "run from the project directory: " + root.toAbsolutePath());
        try (Stream<Path> walk = Files.walk(root)) {
            List<Path> files = walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
            assertTrue(files.size() > 10, "found " + files);
            return files;
        }
    }
}
