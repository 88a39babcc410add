package th.nithet.help;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import th.nithet.platform.web.ShellBean;

import java.util.List;

/** What the manual's pages show: the chapters, the one being read, its neighbours and the PDF's address. */
@Named("helpBean")
@RequestScoped
public class HelpBean {

    @Inject
    Manual manual;

    @Inject
    ShellBean shell;

    private String slug;

    public List<ManualChapter> getChapters() {
        return manual.chapters(shell.getLocale());
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    /** The chapter asked for; HelpServlet only forwards names the manual has. */
    public ManualChapter getChapter() {
        return manual.chapter(slug, shell.getLocale()).orElseThrow();
    }

    public ManualChapter getPrevious() {
        int i = Manual.CHAPTERS.indexOf(slug);
        return i > 0 ? getChapters().get(i - 1) : null;
    }

    public ManualChapter getNext() {
        int i = Manual.CHAPTERS.indexOf(slug);
        return i >= 0 && i < Manual.CHAPTERS.size() - 1 ? getChapters().get(i + 1) : null;
    }

    /** The header's help link: the part of the manual for the page the reader is on (HelpTopics). */
    public String getHere() {
        return shell.getContextPath() + "/help/" + HelpTopics.topicFor(shell.getPagePath(), shell.isSupervisor());
    }

    /** The whole manual in the page's language as one PDF. */
    public String getPdfName() {
        return "nithet-manual-" + Manual.language(shell.getLocale()) + ".pdf";
    }
}
