package kz.iinportal.certificate;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import kz.iinportal.application.Application;
import kz.iinportal.application.Service;
import kz.iinportal.web.BundleText;
import kz.iinportal.web.Countries;
import kz.iinportal.web.Kazakhstan;

/**
 * Everything a certificate shows, resolved to text: values in the filer's language, each label in that language
 * followed by Kazakh and Russian (each language once). Built inside a transaction, drawn outside it.
 */
public record CertificateContent(String language, List<String> title, List<Row> rows, String verificationUrl,
        String qrUrl, List<String> verificationCaption, List<String> footer, String number, OffsetDateTime issuedAt,
        List<String> signatureBlock, String signerName) {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss xxx");
    private static final List<String> ALWAYS = List.of("kk", "ru");
    private static final List<String> LANGUAGES = List.of("kk", "ru", "en");

    /** One line of the certificate: its labels (first one in the filer's language) and the value. */
    public record Row(List<String> labels, String value, boolean emphasis) {
    }

    /**
     * @param signJws signs a JSON payload into a compact JWS (PortalKey#signJws): the QR code carries the signed
     *        claims, the printed address under it stays short enough to type
     */
    static CertificateContent of(Certificate certificate, String publicUrl, UnaryOperator<String> signJws) {
        Application app = certificate.application;
        String lang = LANGUAGES.contains(app.language) ? app.language : "en";
        List<String> languages = new ArrayList<>(List.of(lang));
        ALWAYS.stream().filter(l -> !l.equals(lang)).forEach(languages::add);

        List<Row> rows = new ArrayList<>();
        rows.add(new Row(labels(languages, "cert.pdf.iin"), certificate.iin, true));
        rows.add(new Row(labels(languages, "cert.pdf.nameLatin"), join(app.familyName, app.givenNames), false));
        if (app.familyNameCyrillic != null && !app.familyNameCyrillic.isBlank()) {
            rows.add(new Row(labels(languages, "cert.pdf.nameCyrillic"),
                    join(app.familyNameCyrillic, app.givenNamesCyrillic), false));
        }
        rows.add(new Row(labels(languages, "cert.pdf.birthDate"), date(app.birthDate), false));
        rows.add(new Row(labels(languages, "cert.pdf.citizenship"),
                Boolean.TRUE.equals(app.stateless) || app.citizenship == null
                        ? BundleText.get(lang, "apply.person.stateless")
                        : Countries.name(app.citizenship, lang),
                false));
        rows.add(new Row(labels(languages, "cert.pdf.document"), document(app, lang), false));
        rows.add(new Row(
                labels(languages, app.service == Service.FORMATION ? "cert.pdf.formedOn" : "cert.pdf.correctedOn"),
                date(Kazakhstan.dateOf(certificate.issuedAt)), false));
        rows.add(
                new Row(labels(languages, "cert.pdf.body"), app.region == null ? "" : app.region.name.in(lang), false));
        rows.add(new Row(labels(languages, "cert.pdf.number"), certificate.number, true));

        return new CertificateContent(lang, labels(languages, "cert.pdf.title"), rows,
                verificationUrl(publicUrl, certificate.number),
                tokenUrl(publicUrl, signJws.apply(CertificateClaims.of(certificate).toJson())),
                labels(languages, "cert.pdf.verify"), labels(languages, "cert.pdf.footer"), certificate.number,
                certificate.issuedAt, signatureBlock(languages, app, certificate.issuedAt),
                app.region == null ? "" : app.region.name.in(lang));
    }

    /** The public verification page of a certificate, the QR code's target. */
    public static String verificationUrl(String publicUrl, String number) {
        String base = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        return base + "/verify/" + number;
    }

    /** The QR code's target: the verification page checking the signed token. */
    public static String tokenUrl(String publicUrl, String token) {
        String base = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        // A base64url token needs no escaping in a query.
        return base + "/verify?t=" + token;
    }

    /** The visible signature: who signed (the territorial body) and when, in each of the certificate's languages. */
    private static List<String> signatureBlock(List<String> languages, Application app, OffsetDateTime issuedAt) {
        String time = TIME.format(issuedAt.atZoneSameInstant(Kazakhstan.ZONE));
        return languages.stream()
                .map(l -> BundleText.get(l, "cert.pdf.signedBy") + " "
                        + (app.region == null ? "" : app.region.name.in(l))
                        + ". " + BundleText.get(l, "cert.pdf.signedAt") + " " + time)
                .toList();
    }

    private static List<String> labels(List<String> languages, String key) {
        return languages.stream().map(l -> BundleText.get(l, key)).toList();
    }

    private static String document(Application app, String lang) {
        StringBuilder text = new StringBuilder();
        if (app.documentType != null) {
            text.append(BundleText.get(lang, app.documentType.labelKey())).append(' ');
        }
        text.append(app.documentNumber == null ? "" : app.documentNumber);
        if (app.documentCountry != null && Countries.isCode(app.documentCountry)) {
            text.append(", ").append(Countries.name(app.documentCountry, lang));
        }
        return text.toString().strip();
    }

    private static String join(String family, String given) {
        return ((family == null ? "" : family) + " " + (given == null ? "" : given)).strip();
    }

    private static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }
}
