package th.nithet.honours;

import th.nithet.platform.i18n.Languages;
import th.nithet.platform.i18n.Messages;
import th.nithet.platform.i18n.ThaiDigits;
import th.nithet.platform.pdf.Certificate;
import th.nithet.platform.pdf.Signature;
import th.nithet.platform.time.ThaiDates;

import java.time.LocalDate;

/**
 * The certificate (เกียรติบัตร) of an honour, in the usual Thai layout: the office, "this certificate
 * is presented to", the recipient large, the award and its level, the citation, the date in Thai
 * digits, the director's signature block, and a QR code of the public verification page.
 */
public final class HonourCertificate {

    private HonourCertificate() {
    }

    /** What a certificate says, as plain values (so that its layout can be tested without a database). */
    public record Text(String office, String recipient, String award, AwardLevel level, String citation, LocalDate awardedOn,
                       String director, String verificationUrl, String code) {

        static Text of(Honour honour, String office, String director, String verificationUrl) {
            return new Text(office, honour.getRecipientName(), honour.getTitle(), honour.getLevel(), honour.getBodyText(),
                    honour.getAwardedOn(), director, verificationUrl, honour.getVerificationCode());
        }
    }

    public static byte[] pdf(Text t) {
        return Certificate.create()
                .line(ThaiDigits.toThai(t.office()), 24, true)
                .line(text("honour.certificateGiven"), 20, false)
                .line(t.recipient(), 36, true)
                .line(text("honour.certificateAward") + " " + t.award(), 24, true)
                .line(text("honour.level." + t.level().name()), 20, false)
                .line(ThaiDigits.toThai(t.citation()), 17, false)
                .line(ThaiDigits.toThai(Messages.get(Languages.THAI, "honour.certificateDate", t.awardedOn().getDayOfMonth(),
                        ThaiDates.monthName(t.awardedOn().getMonthValue(), Languages.THAI),
                        Integer.toString(ThaiDates.buddhistYear(t.awardedOn())))), 20, false)
                .signatures(Signature.of(t.director(), text("honour.certificateSigner")))
                .verification(t.verificationUrl(), text("honour.code") + " " + t.code())
                .metadata(text("honour.certificateTitle") + " " + t.recipient(), t.office())
                .toBytes();
    }

    private static String text(String key) {
        return Messages.get(Languages.THAI, key);
    }
}
