package th.nithet.platform.web;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * The response held back until the page is complete, so that it can be kept as well as sent
 * ({@link AnonymousPageFilter}, {@link SignedInPageFilter}).
 */
final class BufferedPage extends HttpServletResponseWrapper {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(32 * 1024);
    private ServletOutputStream stream;
    private PrintWriter writer;
    boolean redirected;
    boolean errorSent;

    BufferedPage(HttpServletResponse response) {
        super(response);
    }

    @Override
    public ServletOutputStream getOutputStream() {
        if (stream == null) {
            stream = new ServletOutputStream() {
                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                    throw new UnsupportedOperationException("a buffered page is written at once");
                }

                @Override
                public void write(int b) {
                    bytes.write(b);
                }

                @Override
                public void write(byte[] b, int off, int len) {
                    bytes.write(b, off, len);
                }
            };
        }
        return stream;
    }

    @Override
    public PrintWriter getWriter() {
        if (writer == null) {
            String encoding = getCharacterEncoding() == null ? StandardCharsets.UTF_8.name() : getCharacterEncoding();
            writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), java.nio.charset.Charset.forName(encoding)));
        }
        return writer;
    }

    @Override
    public void flushBuffer() {
        // held until the page is complete
    }

    @Override
    public void resetBuffer() {
        bytes.reset();
    }

    @Override
    public void reset() {
        bytes.reset();
        super.reset();
    }

    @Override
    public void sendRedirect(String location) throws IOException {
        redirected = true;
        super.sendRedirect(location);
    }

    // an error answers with the error page, which the container forwards to through this response (so it must not
    // claim to be committed); the page's bytes reach the reader through the container, not from the buffer
    @Override
    public void sendError(int sc) throws IOException {
        errorSent = true;
        super.sendError(sc);
    }

    @Override
    public void sendError(int sc, String msg) throws IOException {
        errorSent = true;
        super.sendError(sc, msg);
    }

    @Override
    public boolean isCommitted() {
        return redirected || super.isCommitted();
    }

    /** Whether the answer is a redirect or an error rather than the page in the buffer. */
    boolean answered() {
        return redirected || errorSent;
    }

    byte[] body() {
        if (writer != null) {
            writer.flush();
        }
        return bytes.toByteArray();
    }
}
