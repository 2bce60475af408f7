package kz.iinportal.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import kz.iinportal.application.Application;
import kz.iinportal.testsupport.FormSession;
import kz.iinportal.testsupport.TestCases;

/**
 * The queue's search by a person's full name, as operators type it from a passport or a phone call: family and given
 * names in any order, any case, hyphens as spaces; each word the start of a name, one of them the start of the family
 * name (that is what keeps the search on the family-name index).
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestSecurity(user = QueueNameSearchTest.OPERATOR, roles = "operator")
class QueueNameSearchTest {

    static final String OPERATOR = "name-search-op";
    static final String BODY = "SHYMKENT";
    static final Pattern ROW = Pattern.compile(">(KZ-[A-Z0-9-]+)</a></td>");

    final Map<String, String> references = new HashMap<>();

    @BeforeAll
    void seed() {
        QuarkusTransaction.requiringNew().run(() -> {
            TestCases.staff(OPERATOR, BODY);
            TestCases.staff("name-search-op-elsewhere", "PAVLODAR");
            stored("ZHOU MEI LIN", BODY, "ZHOU", "MEI LIN");
            stored("ZHOU WEI", BODY, "ZHOU", "WEI");
            stored("LIN MEI", BODY, "LIN", "MEI");
            stored("KIM JI-WOO", BODY, "KIM", "JI-WOO");
            stored("O'BRIEN-SMITH JOHN", BODY, "O'BRIEN-SMITH", "JOHN PATRICK");
            stored("elsewhere", "PAVLODAR", "ZHOU", "MEI LIN");
        });
    }

    @Test
    void theFullNameFindsThePersonInAnyOrderAndCase() {
        for (String typed : new String[] { "ZHOU MEI LIN", "zhou mei lin", "MEI LIN ZHOU", "Lin Zhou",
                "  ZHOU   MEI ", "ZHOU, MEI LIN" }) {
            assertEquals(List.of(references.get("ZHOU MEI LIN")), found(typed), typed);
        }
    }

    @Test
    void everyWordMustStartAWordOfTheName() {
        assertEquals(List.of(), found("ZHOU MEIX"));
        assertEquals(List.of(), found("ZHOU ANNA"));
        assertEquals(List.of(references.get("ZHOU WEI")), found("wei zhou"));
        // "ZH MEI" is a start of ZHOU and of MEI: each word is a prefix.
        assertEquals(List.of(references.get("ZHOU MEI LIN")), found("ZH MEI"));
    }

    @Test
    void oneWordIsTheStartOfTheFamilyNameAsBefore() {
        List<String> zhou = found("zhou");
        assertTrue(zhou.containsAll(List.of(references.get("ZHOU MEI LIN"), references.get("ZHOU WEI"))),
                zhou.toString());
        assertEquals(2, zhou.size(), "only this body's: " + zhou);
        assertEquals(List.of(references.get("LIN MEI")), found("LIN"));
    }

    @Test
    void givenNamesAloneDoNotSearchOnlyWithTheFamilyName() {
        // The family name is what the index knows: "MEI LIN" finds LIN MEI (family LIN), not ZHOU MEI LIN.
        assertEquals(List.of(references.get("LIN MEI")), found("MEI LIN"));
    }

    @Test
    void hyphensCountAsSpaces() {
        assertEquals(List.of(references.get("KIM JI-WOO")), found("JI WOO KIM"));
        assertEquals(List.of(references.get("KIM JI-WOO")), found("kim ji-woo"));
        assertEquals(List.of(references.get("O'BRIEN-SMITH JOHN")), found("o'brien-smith"));
        assertEquals(List.of(references.get("O'BRIEN-SMITH JOHN")), found("JOHN O'BRIEN SMITH"));
    }

    @Test
    void wildcardsAndManyWordsAreJustText() {
        assertEquals(List.of(), found("%25 _ !"));
        assertEquals(List.of(), found("ZHOU %25 MEI"));
        assertEquals(List.of(references.get("ZHOU MEI LIN")), found("ZHOU MEI LIN ZHOU MEI LIN ZHOU MEI LIN"));
    }

    /** The references the queue lists for the typed search (RestAssured encodes spaces; "%25" is a typed "%"). */
    private List<String> found(String typed) {
        String page = new FormSession("en").get("/review?q=" + typed).then().statusCode(200).extract().asString();
        List<String> refs = new ArrayList<>();
        Matcher m = ROW.matcher(page);
        while (m.find()) {
            refs.add(m.group(1));
        }
        return refs;
    }

    private void stored(String key, String body, String family, String given) {
        Application a = TestCases.open(body, null);
        a.familyName = family;
        a.givenNames = given;
        a.persist();
        references.put(key, a.reference);
    }
}
