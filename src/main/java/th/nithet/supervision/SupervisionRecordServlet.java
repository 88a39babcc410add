package th.nithet.supervision;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletResponse;
import th.nithet.content.web.DownloadServlet;
import th.nithet.organisation.AreaOffice;
import th.nithet.platform.time.ThaiDates;

import java.io.IOException;

/** {@code /supervision-records/{id}.pdf}: a supervision's record as PDF, for those who may see the supervision. */
@WebServlet("/supervision-records/*")
public class SupervisionRecordServlet extends DownloadServlet {

    @Inject
    SupervisionService supervisions;

    @Inject
    AreaOffice office;

    public SupervisionRecordServlet() {
        super("pdf");
    }

    @Override
    protected void send(long id, String extension, HttpServletResponse response) throws IOException {
        Supervision supervision = supervisions.read(id);
        byte[] pdf = SupervisionRecord.pdf(office.name(), supervision, supervisions.steps(id), ThaiDates.today());
        response.setHeader("Cache-Control", "private, no-store"); // a private record: no shared cache keeps it
        writePdf(response, pdf, "supervision-" + id + ".pdf", "บันทึกการนิเทศ-" + id + ".pdf");
    }
}
