package th.nithet.honours;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import th.nithet.content.ContentAccessDenied;
import th.nithet.content.ContentNotFound;
import th.nithet.organisation.AreaOffice;
import th.nithet.platform.web.PublicAddress;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code /certificates/{id}.pdf}: an honour's certificate (เกียรติบัตร), made when asked — one
 * landscape page in Thai with Thai digits, the director's signature block and a QR code of the
 * public verification page. Whoever may see the honour may download it.
 */
@WebServlet("/certificates/*")
public class HonourCertificateServlet extends HttpServlet {

    private static final Pattern PATH = Pattern.compile("/([0-9]{1,18})\\.pdf");

    @Inject
    HonourService honours;

    @Inject
    AreaOffice office;

    @Inject
    PublicAddress address;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher m = PATH.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
        if (!m.matches()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Honour honour;
        try {
            honour = honours.read(Long.parseLong(m.group(1)));
        } catch (ContentNotFound e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (ContentAccessDenied e) {
            response.sendError(e.signInWouldHelp() ? HttpServletResponse.SC_UNAUTHORIZED : HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        byte[] pdf = certificate(honour);
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "inline; filename=\"certificate-" + honour.getId() + ".pdf\"; filename*=UTF-8''"
                + URLEncoder.encode("เกียรติบัตร-" + honour.getRecipientName() + ".pdf", StandardCharsets.UTF_8).replace("+", "%20"));
        response.setContentLength(pdf.length);
        response.getOutputStream().write(pdf);
    }

    private byte[] certificate(Honour honour) {
        return HonourCertificate.pdf(HonourCertificate.Text.of(honour, office.name(), office.director(),
                address.link(honour.getVerificationPath())));
    }
}
