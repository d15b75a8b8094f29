package ma.marsad.base.slowclients;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Receives a request's body before any thread works on the request. Tomcat gives a request a thread as soon as
 * its headers have arrived, and the thread then waits for each byte of the body: 55 clients that announced a
 * 100 kB login form and sent a byte every 5 s held all 50 threads (Tomcat times out each read, not the whole
 * body). Here a body up to the read-ahead size is received with the Servlet API's non-blocking reads, no thread
 * held between its bytes, and must be whole within the body time-out; the request is then handed on to the
 * application with the body in memory. A bigger body, or a multipart one (only workbooks are), is read the usual
 * way, by at most a few threads at once; the rest are told to come back.
 */
final class BodyFirstFilter implements Filter {

    private static final Logger log = LoggerFactory.getLogger(BodyFirstFilter.class);
    /** Set on a request whose body has been received, so that its second pass goes straight through. */
    private static final String RECEIVED = BodyFirstFilter.class.getName() + ".received";

    private final SlowClientProperties properties;
    private final Semaphore arriving;
    private final Semaphore largeBodies;

    BodyFirstFilter(SlowClientProperties properties) {
        this.properties = properties;
        this.arriving = new Semaphore(properties.bodiesArriving());
        this.largeBodies = new Semaphore(properties.largeBodiesAtOnce());
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        if (!(req instanceof HttpServletRequest request) || !(res instanceof HttpServletResponse response)
                || request.getAttribute(RECEIVED) != null || !hasBody(request) || !request.isAsyncSupported()) {
            chain.doFilter(req, res);
            return;
        }
        long length = request.getContentLengthLong();
        if (length > properties.readAhead().toBytes() || isMultipart(request)) {
            readByItsThread(request, response, chain);
        } else if (arriving.tryAcquire()) {
            receiveFirst(request, response, length);
        } else {
            refuse(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE,
                    "The server is receiving too many requests at once: try again in a few seconds.");
        }
    }

    /** A workbook (multipart, or a large raw upload): its thread reads it, as long as few threads already are. */
    private void readByItsThread(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!largeBodies.tryAcquire()) {
            refuse(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE,
                    "The server is receiving too many files at once: try again in a few seconds.");
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            largeBodies.release();
        }
    }

    private void receiveFirst(HttpServletRequest request, HttpServletResponse response, long length)
            throws IOException {
        request.setAttribute(RECEIVED, Boolean.TRUE);
        ReceivedBodyRequest received = new ReceivedBodyRequest(request);
        AsyncContext async = request.startAsync(received, response);
        async.setTimeout(properties.bodyTimeout().toMillis());
        Receiver receiver = new Receiver(async, received, response, request.getInputStream(), length);
        async.addListener(receiver);
        request.getInputStream().setReadListener(receiver);
    }

    /** Reads the body as its bytes arrive, then hands the request on; refuses a body too slow or too big. */
    private final class Receiver implements ReadListener, AsyncListener {

        private final AsyncContext async;
        private final ReceivedBodyRequest request;
        private final HttpServletResponse response;
        private final ServletInputStream in;
        private final ByteArrayOutputStream body;
        private final byte[] buffer = new byte[8192];
        /** Set once: the body was handed on, or the request refused. */
        private final AtomicBoolean settled = new AtomicBoolean();

        Receiver(AsyncContext async, ReceivedBodyRequest request, HttpServletResponse response, ServletInputStream in,
                 long length) {
            this.async = async;
            this.request = request;
            this.response = response;
            this.in = in;
            this.body = new ByteArrayOutputStream((int) Math.max(0, Math.min(length, 64 * 1024)));
        }

        @Override
        public void onDataAvailable() throws IOException {
            while (in.isReady() && !in.isFinished()) {
                int n = in.read(buffer);
                if (n < 0) {
                    return;
                }
                if (body.size() + n > properties.readAhead().toBytes()) {
                    end(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "The request is larger than the "
                            + properties.readAhead().toKilobytes() + " kB this address accepts.");
                    return;
                }
                body.write(buffer, 0, n);
            }
        }

        @Override
        public void onAllDataRead() {
            if (settled.compareAndSet(false, true)) {
                arriving.release();
                request.received(body.toByteArray());
                async.dispatch();
            }
        }

        @Override
        public void onError(Throwable failure) {
            // The client went away or stopped sending: nobody is left to answer.
            if (settled.compareAndSet(false, true)) {
                arriving.release();
                log.debug("A request body could not be received: {}", failure.toString());
                async.complete();
            }
        }

        @Override
        public void onTimeout(AsyncEvent event) throws IOException {
            end(HttpServletResponse.SC_REQUEST_TIMEOUT, "The request's body did not arrive within "
                    + properties.bodyTimeout().toSeconds() + " seconds.");
        }

        @Override
        public void onError(AsyncEvent event) {
            onError(event.getThrowable());
        }

        @Override
        public void onComplete(AsyncEvent event) {
            if (settled.compareAndSet(false, true)) {
                arriving.release();
            }
        }

        @Override
        public void onStartAsync(AsyncEvent event) {
            // Only the application's own asynchronous requests start again; nothing to do for them here.
        }

        private void end(int status, String message) throws IOException {
            if (settled.compareAndSet(false, true)) {
                arriving.release();
                refuse(response, status, message);
                async.complete();
            }
        }
    }

    /** The container parses a multipart body itself (getParts), from its own stream: it cannot be read ahead. */
    private static boolean isMultipart(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.regionMatches(true, 0, "multipart/", 0, 10);
    }

    private static boolean hasBody(HttpServletRequest request) {
        return request.getContentLengthLong() > 0 || request.getHeader("Transfer-Encoding") != null;
    }

    /** A short JSON refusal; the connection is closed, since the rest of the body will not be read. */
    private static void refuse(HttpServletResponse response, int status, String message) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        response.setStatus(status);
        response.setHeader(org.springframework.http.HttpHeaders.CONNECTION, "close");
        if (status == HttpServletResponse.SC_SERVICE_UNAVAILABLE) {
            response.setHeader("Retry-After", "5");
        }
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("{\"error\":\"" + message + "\"}");
        response.flushBuffer();
    }
}
