package th.nithet.honours;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import th.nithet.platform.web.SessionSafe;
import th.nithet.content.web.ContentItemPage;

/** An honour's page ({@code /honours/{id}}): the award, its recipient and citation, the certificate to download. */
@Named
@ViewScoped
public class HonourPageBean extends ContentItemPage<Honour> {

    private static final long serialVersionUID = 1L;

    private final SessionSafe<HonourService> honours = SessionSafe.of(HonourService.class);

    @Override
    protected Honour read(long id) {
        return honours.get().read(id);
    }
}
