package th.nithet.platform.metrics;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RequestTimingFilterTest {

    @Test
    void routesNameThePageNotTheItem() {
        assertEquals("/knowledge/{id}", RequestTimingFilter.route("/knowledge/42"));
        assertEquals("/api/v1/knowledge/{id}/comments", RequestTimingFilter.route("/api/v1/knowledge/42/comments"));
        assertEquals("/api/v1/me", RequestTimingFilter.route("/api/v1/me"));
        assertEquals("/admin/audit.xhtml", RequestTimingFilter.route("/admin/audit.xhtml"));
        assertEquals("/", RequestTimingFilter.route("/"));
        assertEquals("/attachments/{id}/{x}", RequestTimingFilter.route("/attachments/7/คู่มือ.pdf"), "a file's name is not a route");
        assertEquals("/wp-admin/{x}/etc", RequestTimingFilter.route("/wp-admin/../etc/passwd/more/and/more"), "at most three segments");
    }
}
