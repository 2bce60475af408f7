package kz.iinportal.certificate;

import java.time.format.DateTimeFormatter;

import kz.iinportal.web.Kazakhstan;

/**
 * What the public may learn about a certificate number: whether it is valid, and just enough to match it with the
 * paper in their hands (initials, the IIN's last four digits, the issue date), never the person's record.
 */
public record VerificationResult(State state, String number, String initials, String iinEnd, String issuedOn,
        String issuedOnIso, String supersededOn) {

    public enum State {
        VALID,
        SUPERSEDED,
        NOT_FOUND
    }

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    static VerificationResult notFound(String number) {
        return new VerificationResult(State.NOT_FOUND, number, null, null, null, null, null);
    }

    static VerificationResult of(Certificate certificate) {
        var issued = Kazakhstan.dateOf(certificate.issuedAt);
        String superseded = certificate.supersededAt == null ? null
                : DATE.format(Kazakhstan.dateOf(certificate.supersededAt));
        return new VerificationResult(
                certificate.status == CertificateStatus.VALID ? State.VALID : State.SUPERSEDED, certificate.number,
                initials(certificate.application.givenNames, certificate.application.familyName),
                "••••••••" + certificate.iin.substring(certificate.iin.length() - 4), DATE.format(issued),
                issued.toString(), superseded);
    }

    public boolean isValid() {
        return state == State.VALID;
    }

    public boolean isSuperseded() {
        return state == State.SUPERSEDED;
    }

    /** "A. M." for given names "ANNA MARIA" and family name "MÜLLER": the first given name and the family name. */
    static String initials(String givenNames, String familyName) {
        StringBuilder initials = new StringBuilder();
        for (String name : new String[] { givenNames, familyName }) {
            String first = name == null ? "" : name.strip();
            if (!first.isEmpty()) {
                initials.append(initials.isEmpty() ? "" : " ")
                        .append(new String(Character.toChars(first.codePointAt(0)))).append('.');
            }
        }
        return initials.toString();
    }
}
