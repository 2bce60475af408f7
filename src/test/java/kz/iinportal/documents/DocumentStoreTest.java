package kz.iinportal.documents;

import static kz.iinportal.documents.TestFiles.ascii;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.MessageDigest;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.hibernate.Hibernate;
import org.hibernate.Session;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import kz.iinportal.testsupport.Race;

/** Storing, listing, finding and deleting application documents in the real PostgreSQL. */
@QuarkusTest
class DocumentStoreTest {

    @Inject
    DocumentStore store;

    @Inject
    EntityManager em;

    @Test
    void storesListsAndFinds() throws Exception {
        long application = newApplication();
        byte[] pdf = TestFiles.plainPdf();
        byte[] png = TestFiles.png();
        OffsetDateTime before = OffsetDateTime.now().minusSeconds(1);

        ApplicationDocument first = store.store(application, DocumentKind.IDENTITY_DOCUMENT, "C:\\scans\\passport.pdf",
                pdf, "applicant");
        ApplicationDocument second = store.store(application, DocumentKind.TRANSLATION, "перевод <1>.png", png,
                "representative");

        assertNotNull(first.id);
        assertEquals("passport.pdf", first.fileName);
        assertEquals("application/pdf", first.mediaType);
        assertEquals(sha256(pdf), first.sha256);

        List<DocumentInfo> list = store.list(application);
        assertEquals(2, list.size());
        DocumentInfo info = list.get(0);
        assertEquals(first.id, info.id());
        assertEquals(application, info.applicationId());
        assertEquals(DocumentKind.IDENTITY_DOCUMENT, info.kind());
        assertEquals("passport.pdf", info.fileName());
        assertEquals("application/pdf", info.mediaType());
        assertEquals(pdf.length, info.sizeBytes());
        assertEquals(sha256(pdf), info.sha256());
        assertEquals("applicant", info.uploadedBy());
        assertTrue(info.uploadedAt().isAfter(before), info.uploadedAt().toString());
        assertTrue(info.uploadedAt().isBefore(OffsetDateTime.now().plusSeconds(1)), info.uploadedAt().toString());

        DocumentInfo image = list.get(1);
        assertEquals(second.id, image.id());
        assertEquals(DocumentKind.TRANSLATION, image.kind());
        assertEquals("перевод 1.png", image.fileName());
        assertEquals("image/png", image.mediaType());
        assertEquals(png.length, image.sizeBytes());
        assertEquals(sha256(png), image.sha256());
        assertEquals("representative", image.uploadedBy());

        byte[] found = QuarkusTransaction.requiringNew().call(() -> {
            ApplicationDocument document = store.find(application, first.id).orElseThrow();
            assertEquals(info.fileName(), document.fileName);
            assertEquals(info.sha256(), document.sha256);
            assertEquals(pdf.length, document.sizeBytes);
            assertTrue(first.uploadedAt.isEqual(document.uploadedAt), document.uploadedAt + " " + first.uploadedAt);
            return document.content;
        });
        assertArrayEquals(pdf, found);
        assertEquals(List.of(), store.list(newApplication()), "another application has no documents");
    }

    @Test
    void theChecksumIsTheSha256OfTheContentInHex() throws Exception {
        long application = newApplication();
        byte[] content = TestFiles.plainPdf();
        String expected = sha256(content);
        assertEquals(64, expected.length());
        store.store(application, DocumentKind.OTHER, "a.pdf", content, "applicant");
        assertEquals(expected, store.list(application).get(0).sha256());
        assertEquals(expected, QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "SELECT encode(sha256(content), 'hex') FROM application_document WHERE application_id = ?1")
                .setParameter(1, application).getSingleResult()));
    }

    @Test
    void aDocumentIsOnlyReachedThroughItsOwnApplication() {
        long mine = newApplication();
        long other = newApplication();
        ApplicationDocument document = store.store(mine, DocumentKind.IDENTITY_DOCUMENT, "passport.pdf",
                TestFiles.plainPdf(), "applicant");

        assertEquals(Optional.empty(), store.find(other, document.id));
        assertEquals(Optional.empty(), store.find(mine, document.id + 1));
        assertEquals(List.of(), store.list(other));
        assertFalse(store.delete(other, document.id), "deleted through another application");
        assertTrue(store.find(mine, document.id).isPresent());

        assertTrue(store.delete(mine, document.id));
        assertEquals(Optional.empty(), store.find(mine, document.id));
        assertEquals(0, rows(mine));
    }

    @Test
    void theEleventhDocumentIsTooMany() {
        long application = newApplication();
        List<Long> ids = new ArrayList<>();
        for (int i = 1; i <= UploadCheck.MAX_DOCUMENTS; i++) {
            byte[] content = i % 2 == 0 ? TestFiles.jpeg() : TestFiles.plainPdf();
            ids.add(store.store(application, DocumentKind.OTHER, "page " + i, content, "applicant").id);
        }
        assertEquals(10, store.count(application));

        UploadRejected rejected = assertThrows(UploadRejected.class,
                () -> store.store(application, DocumentKind.OTHER, "page 11.pdf", TestFiles.plainPdf(), "applicant"));
        assertEquals(UploadProblem.TOO_MANY, rejected.problem());
        assertEquals(10, rows(application));
        assertEquals(10, store.list(application).size());

        // The limit is per application, and removing one makes room for another.
        long other = newApplication();
        store.store(other, DocumentKind.OTHER, "page 1.pdf", TestFiles.plainPdf(), "applicant");
        assertTrue(store.delete(application, ids.get(0)));
        store.store(application, DocumentKind.OTHER, "page 11.pdf", TestFiles.plainPdf(), "applicant");
        assertEquals(10, rows(application));
    }

    @Test
    void concurrentUploadsDoNotGoPastTheLimit() throws Exception {
        long application = newApplication();
        for (int i = 1; i < UploadCheck.MAX_DOCUMENTS; i++) {
            store.store(application, DocumentKind.OTHER, "page " + i + ".pdf", TestFiles.plainPdf(), "applicant");
        }
        Callable<Boolean> upload = () -> {
            try {
                store.store(application, DocumentKind.OTHER, "last.pdf", TestFiles.plainPdf(), "applicant");
                return true;
            } catch (UploadRejected e) {
                assertEquals(UploadProblem.TOO_MANY, e.problem());
                return false;
            }
        };
        List<Boolean> stored = Race.run(upload, upload, upload, upload);
        assertEquals(1, stored.stream().filter(Boolean::booleanValue).count(), stored.toString());
        assertEquals(10, rows(application));
    }

    @Test
    void rejectedUploadsStoreNothing() {
        long application = newApplication();
        Map<UploadProblem, byte[]> bad = Map.of(
                UploadProblem.EMPTY, new byte[0],
                UploadProblem.TOO_LARGE, Arrays.copyOf(TestFiles.plainPdf(), 11 * 1024 * 1024),
                UploadProblem.WRONG_TYPE, HexFormat.of().parseHex("7F454C4602010100"),
                UploadProblem.PASSWORD_PROTECTED, TestFiles.encryptedPdf(),
                UploadProblem.PDF_DAMAGED, TestFiles.pdfHtmlPolyglot(),
                UploadProblem.ACTIVE_CONTENT, TestFiles.pdfWithDocumentJavaScript(),
                UploadProblem.IMAGE_DAMAGED, HexFormat.of().parseHex("FFD8FFD9"),
                UploadProblem.IMAGE_TOO_LARGE, TestFiles.pngDeclaring(50_000, 50_000));
        bad.forEach((problem, content) -> {
            UploadRejected rejected = assertThrows(UploadRejected.class,
                    () -> store.store(application, DocumentKind.IDENTITY_DOCUMENT, "passport.pdf", content,
                            "applicant"));
            assertEquals(problem, rejected.problem());
        });
        UploadRejected html = assertThrows(UploadRejected.class, () -> store.store(application, DocumentKind.OTHER,
                "page.pdf", ascii("<html><script>alert(1)</script></html>"), "applicant"));
        assertEquals(UploadProblem.WRONG_TYPE, html.problem());

        assertEquals(0, rows(application));
        assertEquals(List.of(), store.list(application));
        assertThrows(IllegalArgumentException.class,
                () -> store.store(-1, DocumentKind.OTHER, "a.pdf", TestFiles.plainPdf(), "applicant"));
    }

    @Test
    void listingDoesNotLoadContents() {
        long application = newApplication();
        byte[] pdf = TestFiles.plainPdf();
        long id = store.store(application, DocumentKind.IDENTITY_DOCUMENT, "passport.pdf", pdf, "applicant").id;

        QuarkusTransaction.requiringNew().run(() -> {
            assertEquals(1, store.list(application).size());
            assertEquals(0, em.unwrap(Session.class).getStatistics().getEntityCount(),
                    "the list loaded entities");

            ApplicationDocument document = store.find(application, id).orElseThrow();
            assertFalse(Hibernate.isPropertyInitialized(document, "content"), "the content was loaded eagerly");
            assertEquals("passport.pdf", document.fileName);
            assertArrayEquals(pdf, document.content);
        });
    }

    @Test
    void documentsGoWithTheirApplication() {
        long application = newApplication();
        store.store(application, DocumentKind.IDENTITY_DOCUMENT, "passport.pdf", TestFiles.plainPdf(), "applicant");
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("DELETE FROM application WHERE id = ?1")
                .setParameter(1, application).executeUpdate());
        assertEquals(0, rows(application));
    }

    /** A draft application with only the columns that must be filled. */
    private long newApplication() {
        return QuarkusTransaction.requiringNew().call(() -> {
            long id = ((Number) em.createNativeQuery("SELECT nextval('application_seq')").getSingleResult())
                    .longValue();
            em.createNativeQuery("INSERT INTO application (id, service, channel, filer, status, created_by, language) "
                    + "VALUES (?1, 'FORMATION', 'ONLINE', 'SELF', 'DRAFT', 'applicant', 'en')")
                    .setParameter(1, id).executeUpdate();
            return id;
        });
    }

    private long rows(long application) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em
                .createNativeQuery("SELECT count(*) FROM application_document WHERE application_id = ?1")
                .setParameter(1, application).getSingleResult()).longValue());
    }

    private static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }
}
