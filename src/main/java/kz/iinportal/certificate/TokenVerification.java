package kz.iinportal.certificate;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import kz.iinportal.signing.JwsCheck;
import kz.iinportal.staff.TerritorialBody;
import kz.iinportal.web.Labelled;

/**
 * The answer for a QR code's signed token: whether the signature verifies, what the signed data says, and the
 * register's current status of that certificate. The data is shown in full: it is what the token itself carries
 * (anyone holding the code can decode it), so the page reveals nothing the visitor does not already hold.
 */
public record TokenVerification(Refusal refusal, VerificationResult.State state, String keyId, String number,
        String iin, String nameLatin, String nameCyrillic, String birthDate, String birthDateIso, String issuedOn,
        String issuedOnIso, String body, String supersededOn) {

    /** Why a token is refused; null when its signature verifies. */
    public enum Refusal implements Labelled {
        UNKNOWN_KEY,
        BAD_SIGNATURE,
        MALFORMED;

        @Override
        public String labelPrefix() {
            return "verify.bad.";
        }
    }

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    static TokenVerification refused(Refusal refusal) {
        return new TokenVerification(refusal, null, null, null, null, null, null, null, null, null, null, null,
                null);
    }

    static TokenVerification refused(JwsCheck.Outcome outcome) {
        return refused(switch (outcome) {
            case UNKNOWN_KEY -> Refusal.UNKNOWN_KEY;
            case BAD_SIGNATURE -> Refusal.BAD_SIGNATURE;
            default -> Refusal.MALFORMED;
        });
    }

    /**
     * A verified token's claims next to the register: {@code registered} is the register's answer for the signed
     * number, {@code language} the visitor's (for the body's name).
     */
    static TokenVerification verified(String keyId, CertificateClaims claims, VerificationResult registered,
            String language) {
        return new TokenVerification(null, registered.state(), keyId, claims.number(), claims.iin(),
                join(claims.familyName(), claims.givenNames()),
                join(claims.familyNameCyrillic(), claims.givenNamesCyrillic()), format(claims.birthDate()),
                iso(claims.birthDate()), format(claims.issuedOn()), iso(claims.issuedOn()),
                body(claims.body(), language),
                registered.supersededOn());
    }

    public boolean isRefused() {
        return refusal != null;
    }

    public boolean isValid() {
        return refusal == null && state == VerificationResult.State.VALID;
    }

    public boolean isSuperseded() {
        return refusal == null && state == VerificationResult.State.SUPERSEDED;
    }

    private static String body(String code, String language) {
        if (code == null) {
            return null;
        }
        TerritorialBody body = TerritorialBody.findById(code);
        // A body renamed or merged later is still named by the code it was signed with.
        return body == null || body.name == null ? code : body.name.in(language);
    }

    private static String join(String family, String given) {
        String joined = ((family == null ? "" : family) + " " + (given == null ? "" : given)).strip();
        return joined.isEmpty() ? null : joined;
    }

    private static String format(LocalDate date) {
        return date == null ? null : DATE.format(date);
    }

    private static String iso(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
