package th.nithet.search;

import th.nithet.search.thai.ThaiAnalysis;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import th.nithet.platform.rules.RuleViolation;

import java.time.Instant;
import java.util.List;

/**
 * A short form the office uses and the words it stands for (สนผ. = กลุ่มนโยบายและแผน), added by an
 * administrator so that search finds one when the other is typed (#18), beside the shipped list
 * ({@link ShortForms}). Added and removed, never changed.
 */
@Entity
@Table(name = "search_short_form")
public class OfficeShortForm {

    public static final int MAX_SHORT = 60;
    public static final int MAX_LONG = 200;
    /** More than an office needs; a bound on what each respelling looks through. */
    public static final int MAX_PER_OFFICE = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "short_form", nullable = false, length = MAX_SHORT)
    private String shortForm;

    @Column(name = "long_form", nullable = false, length = MAX_LONG)
    private String longForm;

    @Column(name = "added_by", nullable = false, length = 300)
    private String addedBy;

    @Column(name = "added_at", nullable = false)
    private Instant addedAt;

    protected OfficeShortForm() {
    }

    /** The pair, checked: both written, short enough, one line each, and not the same word twice. */
    OfficeShortForm(String shortForm, String longForm, String addedBy, Instant now) {
        String cleanShort = clean(shortForm);
        String cleanLong = clean(longForm);
        RuleViolation.require(!cleanShort.isEmpty() && !cleanLong.isEmpty(), "shortForms.required");
        RuleViolation.require(cleanShort.length() <= MAX_SHORT, "shortForms.shortTooLong", MAX_SHORT);
        RuleViolation.require(cleanLong.length() <= MAX_LONG, "shortForms.longTooLong", MAX_LONG);
        RuleViolation.require(letters(cleanShort) && letters(cleanLong), "shortForms.noLetters");
        RuleViolation.require(!ShortForms.key(ThaiAnalysis.fold(cleanShort)).equals(ShortForms.key(ThaiAnalysis.fold(cleanLong))),
                "shortForms.same");
        this.shortForm = cleanShort;
        this.longForm = cleanLong;
        this.addedBy = addedBy;
        this.addedAt = now;
    }

    /** Spaces at the ends dropped and runs of space made one; a line break or tab is a space. */
    private static String clean(String form) {
        return form == null ? "" : form.strip().replaceAll("\\s+", " ");
    }

    /** At least one letter: a form of dots or digits alone would be found everywhere or nowhere. */
    private static boolean letters(String form) {
        return form.codePoints().anyMatch(Character::isLetter);
    }

    /** As a group of forms that mean the same, for {@link ShortForms#with}. */
    List<String> asGroup() {
        return List.of(shortForm, longForm);
    }

    public Long getId() {
        return id;
    }

    public String getShortForm() {
        return shortForm;
    }

    public String getLongForm() {
        return longForm;
    }

    public String getAddedBy() {
        return addedBy;
    }

    public Instant getAddedAt() {
        return addedAt;
    }
}
