package th.nithet.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import th.nithet.content.ContentDraft;
import th.nithet.content.Conversation;
import th.nithet.content.Visibility;
import th.nithet.content.files.Attachments;
import th.nithet.knowledge.KnowledgeService;
import th.nithet.news.NewsCategory;
import th.nithet.news.NewsService;
import th.nithet.platform.pdf.PdfBuilder;
import th.nithet.practices.Practice;
import th.nithet.practices.PracticeDraft;
import th.nithet.practices.PracticeService;
import th.nithet.practices.SchoolLevel;
import th.nithet.questions.QuestionService;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What the demo office's people wrote over six months: academic news (one pinned, one scheduled, one draft), knowledge
 * articles with PDF documents, questions (most answered and accepted, some assigned, some still waiting in the
 * supervisors' queue), best practices at every stage of review, and comments and likes on them.
 */
@ApplicationScoped
class DemoWriting {

    /** A published item the view history counts views of: from when, and in which learning area. */
    record Readable(long id, Instant since, String area) {
    }

    /** A practice published and featured: the honours go to these. */
    record Featured(long id, String author, Instant published) {
    }

    record Written(int items, List<Readable> readable, List<Featured> featured) {
    }

    @Inject
    NewsService news;

    @Inject
    KnowledgeService knowledge;

    @Inject
    Attachments attachments;

    @Inject
    Conversation conversation;

    @Inject
    QuestionService questions;

    @Inject
    PracticeService practices;

    Written write(DemoStory story, DemoPeople.Office office) {
        List<Readable> readable = new ArrayList<>();
        List<Featured> featured = new ArrayList<>();
        int items = news(story, office, readable) + articles(story, office, readable) + questions(story, office, readable)
                + practices(story, office, readable, featured);
        return new Written(items, readable, featured);
    }

    private static ContentDraft draft(String title, String html, String area, List<String> tags) {
        return new ContentDraft(title, html, Visibility.PUBLIC, area == null ? Set.of() : Set.of(area), tags);
    }

    private String supervisorFor(DemoStory story, DemoPeople.Office office, String area) {
        List<String> responsible = area == null ? null : office.supervisorsByArea().get(area);
        return story.pick(responsible == null ? office.supervisors() : responsible);
    }

    private int news(DemoStory story, DemoPeople.Office office, List<Readable> readable) {
        List<DemoTexts.Piece> pieces = DemoTexts.NEWS;
        for (int i = 0; i < pieces.size(); i++) {
            DemoTexts.Piece piece = pieces.get(i);
            String writer = supervisorFor(story, office, piece.area());
            boolean pinned = i == 0;
            boolean scheduled = i == pieces.size() - 1;
            boolean draft = i == pieces.size() - 2;
            // the pinned notice is recent; the others spread over the six months
            Instant at = pinned ? story.now.minus(Duration.ofDays(3)) : story.someTimeBefore(story.now.minus(Duration.ofDays(1)));
            Instant publishAt = scheduled ? story.now.plus(Duration.ofDays(3)) : null;
            NewsCategory category = NewsCategory.values()[i % NewsCategory.values().length];
            long id = DemoOffice.as(writer, at, () -> news.create(draft(piece.title(), piece.html(), piece.area(), piece.tags()),
                    new NewsService.Options(category, pinned, !draft, publishAt)).getId());
            if (!scheduled && !draft) {
                readable.add(new Readable(id, at, piece.area()));
                talkAbout(story, office, id, at);
            }
        }
        return pieces.size();
    }

    private int articles(DemoStory story, DemoPeople.Office office, List<Readable> readable) {
        List<Long> categories = DemoOffice.as(DemoPeople.SUPERVISOR, story.from,
                () -> knowledge.categories().stream().map(c -> c.getId()).toList());
        for (int i = 0; i < DemoTexts.ARTICLES.size(); i++) {
            DemoTexts.Piece piece = DemoTexts.ARTICLES.get(i);
            String writer = supervisorFor(story, office, piece.area());
            Instant at = story.someTimeBefore(story.now.minus(Duration.ofDays(2)));
            long category = categories.get(i % categories.size());
            long id = DemoOffice.as(writer, at, () -> knowledge.create(draft(piece.title(), piece.html(), piece.area(), piece.tags()),
                    category, true, "ฉบับแรก").getId());
            if (i % 2 == 0) {
                byte[] pdf = PdfBuilder.a4Portrait().metadata(piece.title(), writer).title(piece.title())
                        .paragraph(String.join("\n\n", piece.paragraphs())).pageNumbers(true).toBytes();
                String name = "เอกสารประกอบ-" + (i + 1) + ".pdf";
                DemoOffice.as(writer, story.later(at, 2), () -> attachments.attach(id, name, pdf));
            }
            readable.add(new Readable(id, at, piece.area()));
            talkAbout(story, office, id, at);
        }
        return DemoTexts.ARTICLES.size();
    }

    /** Teachers like an item and some say something about it. */
    private void talkAbout(DemoStory story, DemoPeople.Office office, long id, Instant since) {
        int likes = story.random.nextInt(8);
        for (int i = 0; i < likes; i++) {
            String teacher = story.pick(office.teachers()).username();
            DemoOffice.as(teacher, story.later(since, 72), () -> conversation.like(id, true));
        }
        if (story.chance(0.5)) {
            String teacher = story.pick(office.teachers()).username();
            DemoOffice.as(teacher, story.later(since, 48), () -> conversation.comment(id, story.pick(COMMENTS)));
        }
    }

    private static final List<String> COMMENTS = List.of("ขอบคุณค่ะ เป็นประโยชน์มาก", "จะนำไปใช้ในห้องเรียนครับ",
            "ขอบคุณสำหรับข้อมูลค่ะ", "โรงเรียนเราจะเข้าร่วมครับ", "มีตัวอย่างเพิ่มเติมไหมคะ", "ชัดเจนมากครับ ขอบคุณครับ");

    private int questions(DemoStory story, DemoPeople.Office office, List<Readable> readable) {
        List<DemoTexts.Exchange> exchanges = DemoTexts.QUESTIONS;
        for (int i = 0; i < exchanges.size(); i++) {
            DemoTexts.Exchange e = exchanges.get(i);
            DemoPeople.Member asker = i == 0 ? office.teachers().get(0) : story.pick(office.teachers());
            boolean waiting = i >= exchanges.size() - 4;
            Instant at = waiting ? story.now.minus(Duration.ofHours(6 + story.random.nextInt(60)))
                    : story.someTimeBefore(story.now.minus(Duration.ofDays(4)));
            long id = DemoOffice.as(asker.username(), at, () -> questions.ask(draft(e.title(), "<p>" + e.question() + "</p>",
                    e.area(), List.of())).getId());
            readable.add(new Readable(id, at, e.area()));
            String supervisor = supervisorFor(story, office, e.area());
            if (waiting) {
                if (i == exchanges.size() - 1) {
                    // one of the waiting questions is passed to the supervisor who knows the subject
                    DemoOffice.as(DemoPeople.SUPERVISOR, story.later(at, 2), () -> questions.assign(id, supervisor));
                }
                continue;
            }
            Instant answeredAt = story.later(at, 30);
            long answer = DemoOffice.as(supervisor, answeredAt, () -> questions.answer(id, "<p>" + e.answer() + "</p>").getId());
            if (story.chance(0.4)) {
                String colleague = story.pick(office.teachers()).username();
                if (!colleague.equals(asker.username())) {
                    DemoOffice.as(colleague, story.later(answeredAt, 24), () -> questions.answer(id,
                            "<p>ที่โรงเรียนเราใช้วิธีคล้ายกัน ได้ผลดีค่ะ</p>"));
                }
            }
            for (int v = story.random.nextInt(5); v > 0; v--) {
                String voter = story.pick(office.teachers()).username();
                DemoOffice.as(voter, story.later(answeredAt, 48), () -> questions.vote(answer, true));
            }
            if (i % 4 != 3) {
                DemoOffice.as(asker.username(), story.later(answeredAt, 24), () -> questions.accept(answer));
            }
        }
        return exchanges.size();
    }

    private int practices(DemoStory story, DemoPeople.Office office, List<Readable> readable, List<Featured> featured) {
        List<DemoTexts.PracticeText> texts = DemoTexts.PRACTICES;
        // the stages, in order: two published and featured, two more published, one returned, one rejected, two waiting for
        // review, two drafts
        String[] stages = {"featured", "featured", "published", "published", "returned", "rejected", "submitted", "submitted",
                "draft", "draft"};
        for (int i = 0; i < texts.size(); i++) {
            DemoTexts.PracticeText t = texts.get(i);
            String stage = stages[i];
            DemoPeople.Member author = i == 0 ? office.teachers().get(0) : story.pick(office.teachers());
            Instant at = story.someTimeBefore(story.now.minus(Duration.ofDays(10)));
            SchoolLevel level = "early-childhood".equals(t.area()) ? SchoolLevel.EARLY_CHILDHOOD : SchoolLevel.PRIMARY;
            PracticeDraft draft = new PracticeDraft(draft(t.title(), "<p>" + t.summary() + "</p><p>" + t.results() + "</p>",
                    t.area(), List.of("Best Practice")), t.summary(), t.problem(), t.results(), level, List.of());
            long id = DemoOffice.as(author.username(), at, () -> practices.create(draft).getId());
            if (stage.equals("draft")) {
                continue;
            }
            Instant submitted = story.later(at, 48);
            DemoOffice.as(author.username(), submitted, () -> practices.submit(id));
            if (stage.equals("submitted")) {
                continue;
            }
            String reviewer = supervisorFor(story, office, t.area());
            Instant reviewed = story.later(submitted, 96);
            switch (stage) {
                case "returned" -> DemoOffice.as(reviewer, reviewed, () -> practices.review(id, Practice.Decision.RETURN,
                        "ขอให้เพิ่มหลักฐานผลที่เกิดกับผู้เรียน เช่น ผลการทดสอบก่อนและหลัง"));
                case "rejected" -> DemoOffice.as(reviewer, reviewed, () -> practices.review(id, Practice.Decision.REJECT,
                        "ผลงานนี้ยังไม่ใช่การปฏิบัติที่เป็นเลิศ ขอให้พัฒนาต่อและส่งใหม่ในปีถัดไป"));
                default -> {
                    DemoOffice.as(reviewer, reviewed, () -> practices.review(id, Practice.Decision.PUBLISH, "ผลงานดีมาก เผยแพร่แล้ว"));
                    if (stage.equals("featured")) {
                        DemoOffice.as(reviewer, story.later(reviewed, 4), () -> practices.feature(id, true));
                        featured.add(new Featured(id, author.username(), reviewed));
                    }
                    for (int r = 2 + story.random.nextInt(6); r > 0; r--) {
                        String rater = story.pick(office.teachers()).username();
                        if (!rater.equals(author.username())) {
                            DemoOffice.as(rater, story.later(reviewed, 200), () -> practices.rate(id, 3 + story.random.nextInt(3)));
                        }
                    }
                    readable.add(new Readable(id, reviewed, t.area()));
                }
            }
        }
        return texts.size();
    }
}
