package th.nithet.honours;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The public page a certificate's QR code opens ({@code /honours/verify/{code}}): genuine, or not valid. */
@Named
@RequestScoped
public class HonourVerifyBean {

    @Inject
    HonourService honours;

    private String code;
    private Honour honour;

    public void load() {
        honour = honours.verify(code).orElse(null);
    }

    public boolean isValid() {
        return honour != null;
    }

    public Honour getHonour() {
        return honour;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
