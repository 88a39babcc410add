package th.nithet.it;

import java.net.http.HttpResponse;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Checks on pages that several test classes make. */
final class HttpResponseCheck {

    private HttpResponseCheck() {
    }

    static void assertThai404(HttpResponse<String> response) {
        assertEquals(404, response.statusCode());
        assertTrue(response.body().contains("ไม่พบหน้าที่ต้องการ"), response.body());
        assertNoInternals(response.body());
    }

    /** No stack trace, no exception names, no server banner. */
    static void assertNoInternals(String body) {
        for (String internal : List.of("IllegalStateException", "at th.nithet", "at java.", "at jakarta.", ".java:",
                "boom: a failure", "Payara Micro #badassfish")) {
            int at = body.indexOf(internal);
            assertFalse(at >= 0, "page shows '" + internal + "': …"
                    + (at < 0 ? "" : body.substring(Math.max(0, at - 200), Math.min(body.length(), at + 200))));
        }
    }
}
