package th.nithet.news;

/** ประเภทข่าว: district policy, related projects, training and seminar announcements, general. */
public enum NewsCategory {
    POLICY, PROJECT, TRAINING, GENERAL
}
