package th.nithet.honours;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletResponse;
import th.nithet.content.web.DownloadServlet;
import th.nithet.organisation.AreaOffice;
import th.nithet.platform.web.PublicAddress;

import java.io.IOException;

/**
 * {@code /certificates/{id}.pdf}: an honour's certificate (เกียรติบัตร), made when asked — one
 * landscape page in Thai with Thai digits, the director's signature block and a QR code of the
 * public verification page. Whoever may see the honour may download it.
 */
@WebServlet("/certificates/*")
public class HonourCertificateServlet extends DownloadServlet {

    @Inject
    HonourService honours;

    @Inject
    AreaOffice office;

    @Inject
    PublicAddress address;

    public HonourCertificateServlet() {
        super("pdf");
    }

    @Override
    protected void send(long id, String extension, HttpServletResponse response) throws IOException {
        Honour honour = honours.read(id);
        byte[] pdf = HonourCertificate.pdf(HonourCertificate.Text.of(honour, office.name(), office.director(),
                address.link(honour.getVerificationPath())));
        writePdf(response, pdf, "certificate-" + id + ".pdf", "เกียรติบัตร-" + honour.getRecipientName() + ".pdf");
    }
}
