package th.nithet.honours;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import th.nithet.content.web.ContentItemPage;

/** An honour's page ({@code /honours/{id}}): the award, its recipient and citation, the certificate to download. */
@Named
@ViewScoped
public class HonourPageBean extends ContentItemPage<Honour> {

    private static final long serialVersionUID = 1L;

    @Inject
    HonourService honours;

    @Override
    protected Honour read(long id) {
        return honours.read(id);
    }
}
