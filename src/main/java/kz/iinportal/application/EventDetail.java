package kz.iinportal.application;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import kz.iinportal.documents.ApplicationDocument;
import kz.iinportal.web.FormValues;

/**
 * What an event concerned beyond its kind, as facts the pages label in the reader's language. Kept in the event's one
 * {@code detail} text column as {@code key=value; key=value} (see docs/decisions.md): the audit chain hashes that
 * column as it is, so old events keep verifying and no migration touches the append-only table. Events written before
 * this form ("document 84 sha256:…", "ground IIN_ALREADY_REGISTERED, IIN …", "a → b", "certificate N") are read
 * into the same facts; anything else is kept as {@link #text} and shown verbatim. {@link #complaint} names the
 * complaint (its reference) a step or a file belongs to.
 */
public record EventDetail(Long documentId, String fileName, String sha256, RefusalGround ground, String iin,
        String fromOperator, String toOperator, String certificateNumber, String text, String complaint) {

    /** The width of {@code application_event.detail} (V9). */
    static final int COLUMN_WIDTH = 200;

    public static EventDetail document(long id, String fileName, String sha256) {
        return new EventDetail(id, fileName, sha256, null, null, null, null, null, null, null);
    }

    /** How an audit event names a document: its id and fingerprint, never more than fits the event. */
    public static EventDetail document(ApplicationDocument document) {
        return document(document.id, document.fileName, document.sha256);
    }

    public static EventDetail refusal(RefusalGround ground, String iin) {
        return new EventDetail(null, null, null, ground, iin, null, null, null, null, null);
    }

    /** A case given from one operator ({@code null} when it had none) to another. */
    public static EventDetail reassignment(String from, String to) {
        return new EventDetail(null, null, null, null, null, from, to, null, null, null);
    }

    public static EventDetail certificate(String number) {
        return new EventDetail(null, null, null, null, null, null, null, number, null, null);
    }

    /** A step of a complaint on the case (filed, upheld, rejected), by the complaint's reference. */
    public static EventDetail complaint(String reference) {
        return new EventDetail(null, null, null, null, null, null, null, null, null, reference);
    }

    /** The same facts, about a file of the complaint with this reference. */
    public EventDetail withComplaint(String reference) {
        return new EventDetail(documentId, fileName, sha256, ground, iin, fromOperator, toOperator, certificateNumber,
                text, reference);
    }

    /**
     * An operator's verdict on the register person holding {@code iin}; the reason, kept whole with the verdict
     * itself, is shortened here to fit the column.
     */
    public static EventDetail verdict(String iin, String reason) {
        String text = reason.length() > 150 ? reason.substring(0, 150) + "…" : reason;
        return new EventDetail(null, null, null, null, iin, null, null, null, text, null);
    }

    public boolean isReassignment() {
        return toOperator != null;
    }

    /**
     * The stored form. The file name is only a reading aid (the document id and its SHA-256 identify the file), so a
     * long one is shortened to fit the column rather than widening a column of the audit table.
     */
    public String encode() {
        String encoded = encode(fileName);
        if (encoded.length() > COLUMN_WIDTH && fileName != null) {
            String name = fileName;
            while (encoded.length() > COLUMN_WIDTH && name.length() > 1) {
                name = name.substring(0, Math.max(1, name.length() - (encoded.length() - COLUMN_WIDTH) - 1));
                encoded = encode(name + "…");
            }
        }
        return encoded;
    }

    private String encode(String file) {
        StringBuilder out = new StringBuilder();
        put(out, "document", documentId);
        put(out, "file", file);
        put(out, "sha256", sha256);
        put(out, "ground", ground == null ? null : ground.name());
        put(out, "iin", iin);
        put(out, "from", fromOperator);
        put(out, "to", toOperator);
        put(out, "certificate", certificateNumber);
        put(out, "text", text);
        put(out, "complaint", complaint);
        return out.toString();
    }

    private static void put(StringBuilder out, String key, Object value) {
        if (value == null) {
            return;
        }
        if (!out.isEmpty()) {
            out.append("; ");
        }
        out.append(key).append('=').append(value.toString().replace("\\", "\\\\").replace(";", "\\;"));
    }

    private static final Pattern STRUCTURED = Pattern.compile(
            "^(document|file|sha256|ground|iin|from|to|certificate|text|complaint)=.*", Pattern.DOTALL);
    private static final Pattern OLD_DOCUMENT = Pattern.compile("document (\\d+) sha256:([0-9a-f]+)");
    private static final Pattern OLD_REFUSAL = Pattern.compile("ground ([A-Z_]+)(?:, IIN (\\d+))?");
    private static final Pattern OLD_CERTIFICATE = Pattern.compile("certificate (\\S+)");
    private static final Pattern OLD_REASSIGNMENT = Pattern.compile("(\\S+) → (\\S+)");

    /** The facts of a stored detail, in either form; {@code null} when there is none. */
    public static EventDetail parse(String stored) {
        if (stored == null || stored.isBlank()) {
            return null;
        }
        if (STRUCTURED.matcher(stored).matches()) {
            return parseStructured(stored);
        }
        Matcher m;
        if ((m = OLD_DOCUMENT.matcher(stored)).matches()) {
            return document(Long.parseLong(m.group(1)), null, m.group(2));
        }
        if ((m = OLD_REFUSAL.matcher(stored)).matches() && ground(m.group(1)) != null) {
            return refusal(ground(m.group(1)), m.group(2));
        }
        if ((m = OLD_CERTIFICATE.matcher(stored)).matches()) {
            return certificate(m.group(1));
        }
        if ((m = OLD_REASSIGNMENT.matcher(stored)).matches()) {
            return reassignment("—".equals(m.group(1)) ? null : m.group(1), m.group(2));
        }
        return new EventDetail(null, null, null, null, null, null, null, null, stored, null);
    }

    private static EventDetail parseStructured(String stored) {
        Long document = null;
        String file = null, sha = null, iin = null, from = null, to = null, certificate = null, complaint = null;
        RefusalGround ground = null;
        List<String> unknown = new ArrayList<>();
        for (String pair : split(stored)) {
            int eq = pair.indexOf('=');
            String key = eq < 0 ? "" : pair.substring(0, eq);
            String value = eq < 0 ? pair : pair.substring(eq + 1);
            switch (key) {
                case "document" -> {
                    if (value.matches("\\d{1,18}")) {
                        document = Long.valueOf(value);
                    } else {
                        unknown.add(pair);
                    }
                }
                case "file" -> file = value;
                case "sha256" -> sha = value;
                case "ground" -> {
                    ground = ground(value);
                    if (ground == null) {
                        unknown.add(pair);
                    }
                }
                case "iin" -> iin = value;
                case "from" -> from = value;
                case "to" -> to = value;
                case "certificate" -> certificate = value;
                case "complaint" -> complaint = value;
                case "text" -> unknown.add(value);
                default -> unknown.add(pair);
            }
        }
        return new EventDetail(document, file, sha, ground, iin, from, to, certificate,
                unknown.isEmpty() ? null : String.join("; ", unknown), complaint);
    }

    /** Splits at the unescaped "; " and undoes the escapes. */
    private static List<String> split(String stored) {
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        for (int i = 0; i < stored.length(); i++) {
            char c = stored.charAt(i);
            if (c == '\\' && i + 1 < stored.length()) {
                part.append(stored.charAt(++i));
            } else if (c == ';') {
                parts.add(part.toString());
                part.setLength(0);
                if (i + 1 < stored.length() && stored.charAt(i + 1) == ' ') {
                    i++;
                }
            } else {
                part.append(c);
            }
        }
        parts.add(part.toString());
        return parts;
    }

    private static RefusalGround ground(String name) {
        return FormValues.named(RefusalGround.class, name);
    }
}
