package th.nithet.help;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import th.nithet.platform.i18n.Languages;

import java.io.IOException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The manual's addresses: {@code /help} (the chapters), {@code /help/teacher} (a chapter, in the reader's language),
 * {@code /help/images/th/teacher-ask.png} (its pictures) and {@code /help/nithet-manual-th.pdf} (all of it as one PDF).
 * The manual is public: a school deciding whether to adopt the portal reads it before anyone has an account.
 */
@WebServlet("/help/*")
public class HelpServlet extends HttpServlet {

    private static final Pattern PICTURE = Pattern.compile("/images/(th|en)/([a-z0-9-]{1,60}\\.png)");
    private static final Pattern PDF = Pattern.compile("/nithet-manual-(th|en)\\.pdf");

    @Inject
    Manual manual;

    @Inject
    ManualPdf manualPdf;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        Matcher picture = PICTURE.matcher(path);
        Matcher pdf = PDF.matcher(path);
        if (path.isEmpty() || path.equals("/")) {
            request.getRequestDispatcher("/views/help/index.xhtml").forward(request, response);
        } else if (Manual.CHAPTERS.contains(path.substring(1))) {
            request.getRequestDispatcher("/views/help/chapter.xhtml?chapter=" + path.substring(1)).forward(request, response);
        } else if (picture.matches()) {
            Optional<byte[]> png = manual.picture(picture.group(1), picture.group(2));
            if (png.isEmpty()) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            // a new version of the portal may bring new pictures under the same name: a day, not forever
            response.setHeader("Cache-Control", "public, max-age=86400");
            send(response, "image/png", png.get());
        } else if (pdf.matches()) {
            byte[] bytes = manualPdf.pdf(Languages.of(pdf.group(1)));
            response.setHeader("Content-Disposition", "attachment; filename=\"nithet-manual-" + pdf.group(1) + ".pdf\"");
            response.setHeader("Cache-Control", "public, max-age=3600");
            send(response, "application/pdf", bytes);
        } else {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    private static void send(HttpServletResponse response, String type, byte[] bytes) throws IOException {
        response.setContentType(type);
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }
}
