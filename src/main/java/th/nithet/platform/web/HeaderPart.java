package th.nithet.platform.web;

import jakarta.servlet.http.HttpServletRequest;

/**
 * A personal part of the page frame that a feature owns (the bell's count is the notifications'): its value for the
 * signed-in caller when a kept reading page is filled in for them ({@link SignedInPageFilter}). An application-scoped
 * bean; the frame renders it with {@link PersonalParts#of} under the same name.
 */
public interface HeaderPart {

    String name();

    String value(HttpServletRequest request);
}
