/**
 * Honours: awards and the certificates that prove them.
 * <p>
 * {@code Honour} (a content item: award, recipient, level, date, citation, verification code), {@code
 * HonourService} (staff record, correct, withdraw; the roll by พ.ศ. year; verify a code), {@code
 * HonourCertificate} (the certificate's layout, on {@code platform.pdf.Certificate}) + {@code
 * HonourCertificateServlet} ({@code /certificates/{id}.pdf}), pages {@code views/honours/*} (roll,
 * item, edit, {@code verify}), {@code /api/v1/honours}.
 * <p>
 * Glossary: Honour ประกาศเกียรติคุณ, ยกย่องเชิดชูเกียรติ.
 * <p>
 * Entry points: HonourService; /api/v1/honours; pages /honours, /honours/verify/{code};
 * /certificates/{id}.pdf.
 */
package th.nithet.honours;
