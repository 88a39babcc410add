package th.nithet.honours;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrimaryKeyJoinColumn;
import jakarta.persistence.Table;
import th.nithet.content.ContentItem;
import th.nithet.content.ContentType;
import th.nithet.content.Viewer;
import th.nithet.organisation.School;
import th.nithet.people.Account;
import th.nithet.practices.Practice;

import java.time.LocalDate;

/**
 * An honour (ประกาศเกียรติคุณ): the award (the item's title), who received it — a person, a school,
 * or a name as it is printed — its level and date, the practice it was for, and the citation (the
 * body). Its verification code, printed on the certificate, opens a public page confirming it.
 */
@Entity
@Table(name = "honour")
@DiscriminatorValue("HONOUR")
@PrimaryKeyJoinColumn(name = "content_id")
public class Honour extends ContentItem {

    @Column(name = "recipient_name", nullable = false, length = 300)
    private String recipientName;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "recipient_account_id")
    private Account recipientAccount;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "recipient_school_id")
    private School recipientSchool;

    @Enumerated(EnumType.STRING)
    @Column(name = "award_level", nullable = false, length = 20)
    private AwardLevel level;

    @Column(name = "awarded_on", nullable = false)
    private LocalDate awardedOn;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "practice_id")
    private Practice practice;

    @Column(name = "verification_code", nullable = false, length = 12, updatable = false)
    private String verificationCode;

    protected Honour() {
    }

    Honour(Account recordedBy, String verificationCode) {
        super(recordedBy);
        this.verificationCode = verificationCode;
    }

    @Override
    public ContentType type() {
        return ContentType.HONOUR;
    }

    /** Staff record and correct honours. */
    @Override
    public boolean mayBeEditedBy(Viewer viewer) {
        return viewer.isStaff();
    }

    @Override
    public String getSearchText() {
        return recipientName + "\n" + getBodyText();
    }

    @Override
    public String getCategoryLabel() {
        return null;
    }

    void award(String recipientName, Account account, School school, AwardLevel level, LocalDate awardedOn, Practice practice) {
        this.recipientName = recipientName;
        this.recipientAccount = account;
        this.recipientSchool = school;
        this.level = level;
        this.awardedOn = awardedOn;
        this.practice = practice;
    }

    public String getRecipientName() {
        return recipientName;
    }

    public Account getRecipientAccount() {
        return recipientAccount;
    }

    public School getRecipientSchool() {
        return recipientSchool;
    }

    public AwardLevel getLevel() {
        return level;
    }

    public LocalDate getAwardedOn() {
        return awardedOn;
    }

    public Practice getPractice() {
        return practice;
    }

    public String getVerificationCode() {
        return verificationCode;
    }

    /** The public page that confirms this honour, relative to the portal. */
    public String getVerificationPath() {
        return "/honours/verify/" + verificationCode;
    }
}
