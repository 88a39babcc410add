package th.nithet.indicators;

/** What a part of the yearly report is about: an indicator or a project. */
public enum ReportSubject {
    INDICATOR, PROJECT
}
