package th.nithet.content.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The addresses people share: {@code /news}, {@code /news/42}, {@code /news/new}, {@code /news/42/edit},
 * and the same under {@code /knowledge} (plus {@code /knowledge/42/versions} and {@code /knowledge/categories}) and
 * {@code /questions} (plus {@code /questions/queue}) and {@code /practices} (plus {@code /practices/mine} and
 * {@code /practices/review}), {@code /honours} (plus {@code /honours/verify/{code}}), {@code /supervisions}, {@code /surveys},
 * {@code /projects}, {@code /statistics}, {@code /indicators} and {@code /reports}. Each is served by a
 * view under {@code /views/<type>/}.
 */
@WebServlet({"/news/*", "/knowledge/*", "/questions/*", "/practices/*", "/honours/*", "/supervisions/*", "/surveys/*", "/projects/*",
        "/statistics/*", "/indicators/*", "/reports/*"})
public class ContentPathServlet extends HttpServlet {

    private static final Pattern ITEM = Pattern.compile("/([0-9]{1,18})(/(edit|versions))?/?");

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        String type = request.getServletPath().substring(1);
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        String view;
        if (path.isEmpty() || path.equals("/")) {
            view = "index.xhtml" + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        } else if (path.equals("/new")) {
            view = "edit.xhtml";
        } else if (path.equals("/categories") && type.equals("knowledge")) {
            view = "categories.xhtml";
        } else if (path.equals("/queue") && type.equals("questions")) {
            view = "queue.xhtml";
        } else if ((path.equals("/mine") || path.equals("/review")) && type.equals("practices")) {
            view = path.substring(1) + ".xhtml";
        } else if (path.equals("/plan") && type.equals("supervisions")) {
            view = "plan.xhtml" + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        } else if (path.startsWith("/verify/") && type.equals("honours") && path.length() <= 40) {
            // the code is checked by the page; anything that is not one simply does not verify
            view = "verify.xhtml?code=" + java.net.URLEncoder.encode(path.substring("/verify/".length()), java.nio.charset.StandardCharsets.UTF_8);
        } else {
            Matcher m = ITEM.matcher(path);
            if (!m.matches() || ("versions".equals(m.group(3)) && !type.equals("knowledge"))) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            view = (m.group(3) == null ? "item" : m.group(3)) + ".xhtml?id=" + m.group(1);
        }
        request.getRequestDispatcher("/views/" + type + "/" + view).forward(request, response);
    }
}
