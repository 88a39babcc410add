package th.nithet.content.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import th.nithet.content.files.Attachment;
import th.nithet.content.files.Attachments;
import th.nithet.content.ContentAccessDenied;
import th.nithet.content.ContentNotFound;
import th.nithet.content.files.StoredFile;
import th.nithet.platform.files.FileStore;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * {@code /attachments/{id}/{name}}: an attachment, for whoever may read its item; {@code ?thumb}
 * gives an image's small copy. Downloads keep their Thai names (RFC 6266 {@code filename*});
 * images are shown inline, everything else is a download.
 */
@WebServlet("/attachments/*")
public class AttachmentServlet extends HttpServlet {

    @Inject
    Attachments attachments;

    @Inject
    FileStore files;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Long id = id(request.getPathInfo());
        if (id == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Attachment attachment;
        try {
            attachment = attachments.readable(id);
        } catch (ContentNotFound e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (ContentAccessDenied e) {
            response.sendError(e.signInWouldHelp() ? HttpServletResponse.SC_UNAUTHORIZED : HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        StoredFile stored = attachment.getFile();
        boolean thumb = request.getParameter("thumb") != null && stored.getThumbnail() != null;
        Optional<Path> file = files.find(thumb ? stored.getThumbnail() : stored.getSha256());
        if (file.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType(thumb ? "image/jpeg" : stored.getMediaType());
        response.setHeader("Content-Disposition", disposition(stored.isImage() ? "inline" : "attachment", attachment.getFileName()));
        // the item's visibility may change: private caches only, checked again after an hour
        response.setHeader("Cache-Control", "private, max-age=3600");
        response.setContentLengthLong(Files.size(file.get()));
        Files.copy(file.get(), response.getOutputStream());
    }

    /** {@code attachment; filename="ascii"; filename*=UTF-8''percent-encoded}: old browsers get a safe name, the rest the Thai one. */
    static String disposition(String kind, String name) {
        String ascii = name.replaceAll("[^A-Za-z0-9._ -]", "_");
        String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
        return kind + "; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }

    private static Long id(String path) {
        if (path == null) {
            return null;
        }
        String[] parts = path.split("/");
        if (parts.length < 2 || !parts[1].matches("[0-9]{1,18}")) {
            return null;
        }
        return Long.parseLong(parts[1]);
    }
}
