package th.nithet.content.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import th.nithet.content.Conversation;
import th.nithet.content.Viewers;
import th.nithet.content.views.ViewCounter;
import th.nithet.platform.i18n.Languages;
import th.nithet.platform.i18n.Messages;
import th.nithet.platform.web.PageCache;
import th.nithet.platform.web.SessionSafe;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A content page kept for every signed-in reader with the same roles ({@code platform.web.SignedInPageFilter}), as
 * each of them gets it: counted, and with their own like. The author and those whose comments are on it
 * ({@code notFor}) get their own page, which has their edit and delete links. The like button's word and look are
 * made here for both ways of making the page.
 */
record SharedReading(long contentId, Set<Long> notFor) implements PageCache.Personal {

    /** The like button's parts ({@code platform.web.PersonalParts}). */
    static final String LIKE = "like";
    static final String LIKE_STYLE = "likestyle";

    @Override
    public boolean fits(long accountId) {
        return !notFor.contains(accountId);
    }

    @Override
    public Map<String, String> parts(HttpServletRequest request, HttpServletResponse response, boolean count) {
        if (count) {
            ContentItemPage.count(SessionSafe.of(ViewCounter.class).get(), request, response, contentId,
                    SessionSafe.of(Viewers.class).get().current());
        }
        boolean liked = SessionSafe.of(Conversation.class).get().likedByCaller(contentId);
        return Map.of(LIKE, likeWord(liked, Languages.fromRequest(request)), LIKE_STYLE, likeStyle(liked));
    }

    static String likeWord(boolean liked, Locale locale) {
        return Messages.get(locale, liked ? "content.liked" : "content.like");
    }

    static String likeStyle(boolean liked) {
        return liked ? "ui-button-sm" : "ui-button-sm ui-button-outlined";
    }
}
