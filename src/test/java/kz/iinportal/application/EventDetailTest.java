package kz.iinportal.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The stored form of event details: written and read back, and the forms of events written before it still read. */
class EventDetailTest {

    static final String SHA = "a".repeat(64);

    @Test
    void everyDetailReadsBackAsWritten() {
        for (EventDetail detail : new EventDetail[] { EventDetail.document(84, "passport.pdf", SHA),
                EventDetail.refusal(RefusalGround.IIN_ALREADY_REGISTERED, "900101300811"),
                EventDetail.refusal(RefusalGround.UNRELIABLE_DOCUMENTS, null),
                EventDetail.reassignment(null, "zh-op-2"), EventDetail.reassignment("zh-op-1", "zh-op-2"),
                EventDetail.certificate("KZ-2026-000001") }) {
            assertEquals(detail, EventDetail.parse(detail.encode()), detail.encode());
        }
        assertEquals("document=84; file=passport.pdf; sha256=" + SHA,
                EventDetail.document(84, "passport.pdf", SHA).encode());
    }

    @Test
    void separatorsAndEscapesInAFileNameSurvive() {
        EventDetail detail = EventDetail.document(7, "a; b=c\\d;", SHA);
        assertEquals(detail, EventDetail.parse(detail.encode()));
    }

    @Test
    void aLongFileNameIsShortenedToFitTheColumnButTheDocumentStaysIdentified() {
        EventDetail detail = EventDetail.document(123456789L, "ж;".repeat(60), SHA);
        String stored = detail.encode();
        assertTrue(stored.length() <= EventDetail.COLUMN_WIDTH, stored.length() + ": " + stored);
        EventDetail read = EventDetail.parse(stored);
        assertEquals(123456789L, read.documentId());
        assertEquals(SHA, read.sha256());
        assertTrue(read.fileName().endsWith("…") && read.fileName().startsWith("ж;ж;"), read.fileName());
    }

    @Test
    void eventsWrittenBeforeTheStructuredFormStillRead() {
        assertEquals(EventDetail.document(84, null, SHA), EventDetail.parse("document 84 sha256:" + SHA));
        assertEquals(EventDetail.refusal(RefusalGround.REQUIREMENTS_NOT_MET, null),
                EventDetail.parse("ground REQUIREMENTS_NOT_MET"));
        assertEquals(EventDetail.refusal(RefusalGround.IIN_ALREADY_REGISTERED, "900101300811"),
                EventDetail.parse("ground IIN_ALREADY_REGISTERED, IIN 900101300811"));
        assertEquals(EventDetail.reassignment(null, "zh-op-2"), EventDetail.parse("— → zh-op-2"));
        assertEquals(EventDetail.reassignment("zh-op-1", "zh-op-2"), EventDetail.parse("zh-op-1 → zh-op-2"));
        assertEquals(EventDetail.certificate("KZ-1"), EventDetail.parse("certificate KZ-1"));
        assertEquals("something else", EventDetail.parse("something else").text());
        assertEquals("ground=NO_SUCH", EventDetail.parse("ground=NO_SUCH").text());
        assertNull(EventDetail.parse(null));
        assertNull(EventDetail.parse(" "));
    }

    @Test
    void refusalGroundsCarryTheirLegalNumbers() {
        assertEquals(1, RefusalGround.UNRELIABLE_DOCUMENTS.number);
        assertEquals(2, RefusalGround.REQUIREMENTS_NOT_MET.number);
        assertEquals(3, RefusalGround.IIN_ALREADY_REGISTERED.number);
    }

    @Test
    void theStatusTableLetsOnlyAnAssignedCaseBeDecided() {
        for (ApplicationStatus decided : new ApplicationStatus[] { ApplicationStatus.IIN_FORMED,
                ApplicationStatus.IIN_CORRECTED, ApplicationStatus.REFUSED }) {
            assertTrue(!ApplicationStatus.SUBMITTED.canBecome(decided), "SUBMITTED → " + decided);
            assertTrue(ApplicationStatus.IN_REVIEW.canBecome(decided), "IN_REVIEW → " + decided);
            assertEquals(decided.name(), EventKind.decided(decided).name());
        }
        assertTrue(ApplicationStatus.SUBMITTED.canBecome(ApplicationStatus.IN_REVIEW));
        assertTrue(ApplicationStatus.SUBMITTED.canBecome(ApplicationStatus.WITHDRAWN));
        assertTrue(ApplicationStatus.IN_REVIEW.canBecome(ApplicationStatus.SUBMITTED));
        assertTrue(ApplicationStatus.IN_REVIEW.canBecome(ApplicationStatus.WITHDRAWN));
        assertTrue(ApplicationStatus.DRAFT.canBecome(ApplicationStatus.SUBMITTED));
        assertTrue(!ApplicationStatus.DRAFT.canBecome(ApplicationStatus.IN_REVIEW));
    }
}
