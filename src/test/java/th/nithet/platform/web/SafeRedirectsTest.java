package th.nithet.platform.web;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SafeRedirectsTest {

    @Test
    void localPathsPass() {
        assertEquals("/admin/index.xhtml", SafeRedirects.localPath("/admin/index.xhtml"));
        assertEquals("/people/x?tab=1", SafeRedirects.localPath("/people/x?tab=1"));
    }

    @Test
    void anythingThatLeavesTheSiteGoesHome() {
        for (String hostile : new String[]{null, "", "https://evil.example/", "//evil.example/", "/\\evil.example",
                "javascript:alert(1)", "/ok\r\nSet-Cookie: x=1", "admin"}) {
            assertEquals("/", SafeRedirects.localPath(hostile), String.valueOf(hostile));
        }
    }
}
