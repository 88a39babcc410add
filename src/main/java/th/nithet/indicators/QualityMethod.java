package th.nithet.indicators;

/** How an indicator's quality level is decided: by percentage bands, or by staff against a rubric of four levels. */
public enum QualityMethod {
    BANDS, RUBRIC
}
