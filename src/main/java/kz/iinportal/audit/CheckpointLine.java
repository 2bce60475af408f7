package kz.iinportal.audit;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One line of the checkpoint file: the ends of both audit chains (position and hash) at a moment, signed with the
 * portal's key and linked to the line before it. A JSON object in one fixed field order, so that the signed bytes are
 * the line itself up to {@code ,"sig":} and a line is read back with one pattern, without a JSON library (the check
 * also runs in bin/verify-audit):
 *
 * <pre>
 * {"v":1,"n":3,"at":"2026-12-02T12:30:00.123Z","kid":"…","cases":[1042,"ab…"],"admin":[17,"cd…"],"prev":"ef…","sig":"…"}
 * </pre>
 *
 * {@code prev} is the SHA-256 of the previous line's bytes (without its newline; {@link AuditChain#GENESIS} for the
 * first), so a line removed or changed anywhere but at the end breaks the next line's link.
 */
public record CheckpointLine(long n, Instant at, String keyId, long casesSeq, String casesHash, long adminSeq,
        String adminHash, String prev, byte[] signature) {

    static final String SIGNATURE_FIELD = ",\"sig\":\"";

    private static final Pattern LINE = Pattern.compile("\\{\"v\":1,\"n\":(\\d{1,18}),\"at\":\"([0-9TZ:.\\-]{20,30})\","
            + "\"kid\":\"([A-Za-z0-9_\\-]{1,100})\",\"cases\":\\[(\\d{1,18}),\"([0-9a-f]{64})\"\\],"
            + "\"admin\":\\[(\\d{1,18}),\"([0-9a-f]{64})\"\\],\"prev\":\"([0-9a-f]{64})\""
            + ",\"sig\":\"([A-Za-z0-9_\\-]{1,200})\"\\}");

    /** What the signature is taken over: the line up to its signature field. */
    public static byte[] signedBytes(long n, Instant at, String keyId, long casesSeq, String casesHash, long adminSeq,
            String adminHash, String prev) {
        return ("{\"v\":1,\"n\":" + n + ",\"at\":\"" + at + "\",\"kid\":\"" + keyId + "\",\"cases\":[" + casesSeq
                + ",\"" + casesHash + "\"],\"admin\":[" + adminSeq + ",\"" + adminHash + "\"],\"prev\":\"" + prev
                + "\"").getBytes(StandardCharsets.UTF_8);
    }

    public byte[] signedBytes() {
        return signedBytes(n, at, keyId, casesSeq, casesHash, adminSeq, adminHash, prev);
    }

    /** The line as written to the file, without its newline. */
    public String text() {
        return new String(signedBytes(), StandardCharsets.UTF_8) + SIGNATURE_FIELD
                + Base64.getUrlEncoder().withoutPadding().encodeToString(signature) + "\"}";
    }

    /** The value the next line's {@code prev} must have. */
    public String hash() {
        return AuditChain.sha256(text());
    }

    /** Reads a line written by {@link #text()}; empty when it is not one (edited by hand, cut short, another format). */
    public static Optional<CheckpointLine> parse(String text) {
        Matcher m = LINE.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            CheckpointLine line = new CheckpointLine(Long.parseLong(m.group(1)), Instant.parse(m.group(2)), m.group(3),
                    Long.parseLong(m.group(4)), m.group(5), Long.parseLong(m.group(6)), m.group(7), m.group(8),
                    Base64.getUrlDecoder().decode(m.group(9)));
            // Instant.toString() is the one spelling of a time that gives the signed bytes back.
            return line.text().equals(text) ? Optional.of(line) : Optional.empty();
        } catch (DateTimeParseException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
