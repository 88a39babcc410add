package th.nithet.news;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * {@code /feeds/news.atom[?category=policy]}: an Atom feed of public news, all or of one category,
 * for feed readers and other offices' sites.
 */
@WebServlet("/feeds/news.atom")
public class NewsFeedServlet extends HttpServlet {

    private static final int ENTRIES = 30;

    @Inject
    NewsService news;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        NewsCategory category = null;
        String asked = request.getParameter("category");
        if (asked != null && !asked.isBlank()) {
            try {
                category = NewsCategory.valueOf(asked.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
        }
        List<News> items = news.feed(category, ENTRIES);
        String base = request.getScheme() + "://" + request.getServerName()
                + (request.getServerPort() == 80 || request.getServerPort() == 443 ? "" : ":" + request.getServerPort())
                + request.getContextPath();
        String self = base + "/feeds/news.atom" + (category == null ? "" : "?category=" + category.name().toLowerCase(Locale.ROOT));
        response.setContentType("application/atom+xml;charset=UTF-8");
        PrintWriter out = response.getWriter();
        out.println("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        out.println("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"th\">");
        out.println("  <title>" + xml("ข่าวสารวิชาการ · นิเทศ" + (category == null ? "" : " · " + label(category))) + "</title>");
        out.println("  <id>" + xml(self) + "</id>");
        out.println("  <link rel=\"self\" href=\"" + xml(self) + "\"/>");
        out.println("  <link rel=\"alternate\" type=\"text/html\" href=\"" + xml(base + "/news") + "\"/>");
        out.println("  <updated>" + time(items.isEmpty() ? Instant.EPOCH : items.get(0).getUpdatedAt()) + "</updated>");
        for (News n : items) {
            String link = base + n.path();
            out.println("  <entry>");
            out.println("    <title>" + xml(n.getTitle()) + "</title>");
            out.println("    <id>" + xml(link) + "</id>");
            out.println("    <link rel=\"alternate\" type=\"text/html\" href=\"" + xml(link) + "\"/>");
            out.println("    <published>" + time(n.getPublishAt()) + "</published>");
            out.println("    <updated>" + time(n.getUpdatedAt()) + "</updated>");
            out.println("    <author><name>" + xml(n.getAuthor().getDisplayName()) + "</name></author>");
            out.println("    <category term=\"" + n.getCategory().name().toLowerCase(Locale.ROOT) + "\" label=\"" + xml(label(n.getCategory())) + "\"/>");
            out.println("    <summary>" + xml(n.getSummary()) + "</summary>");
            out.println("    <content type=\"html\">" + xml(n.getBodyHtml()) + "</content>");
            out.println("  </entry>");
        }
        out.println("</feed>");
    }

    private static String label(NewsCategory category) {
        return th.nithet.platform.i18n.Messages.get(th.nithet.platform.i18n.Languages.THAI, "newsCategory." + category.name());
    }

    private static String time(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant);
    }

    private static String xml(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
