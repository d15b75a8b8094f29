package ma.marsad.base.slowclients;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.net.URLDecoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

/**
 * The request as the application sees it once its body has been received whole: the body is read from memory,
 * and a form's fields come from it (with the address's query parameters first, as the container does).
 */
final class ReceivedBodyRequest extends HttpServletRequestWrapper {

    private byte[] body = new byte[0];
    private Map<String, String[]> parameters;

    ReceivedBodyRequest(HttpServletRequest request) {
        super(request);
    }

    void received(byte[] bytes) {
        this.body = bytes;
    }

    /**
     * The application handles it as the request it is: it was handed on from the thread that received the body
     * (an asynchronous dispatch), which the filters must not mistake for a second pass over the same request.
     */
    @Override
    public DispatcherType getDispatcherType() {
        DispatcherType type = super.getDispatcherType();
        return type == DispatcherType.ASYNC ? DispatcherType.REQUEST : type;
    }

    @Override
    public ServletInputStream getInputStream() {
        ByteArrayInputStream in = new ByteArrayInputStream(body);
        return new ServletInputStream() {
            @Override
            public int read() {
                return in.read();
            }

            @Override
            public int read(byte[] b, int off, int len) {
                return in.read(b, off, len);
            }

            @Override
            public boolean isFinished() {
                return in.available() == 0;
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setReadListener(ReadListener listener) {
                throw new IllegalStateException("The body has already been received");
            }
        };
    }

    @Override
    public BufferedReader getReader() {
        return new BufferedReader(new InputStreamReader(new ByteArrayInputStream(body), charset()));
    }

    @Override
    public String getParameter(String name) {
        String[] values = parameters().get(name);
        return values == null || values.length == 0 ? null : values[0];
    }

    @Override
    public Map<String, String[]> getParameterMap() {
        return Collections.unmodifiableMap(parameters());
    }

    @Override
    public Enumeration<String> getParameterNames() {
        return Collections.enumeration(parameters().keySet());
    }

    @Override
    public String[] getParameterValues(String name) {
        String[] values = parameters().get(name);
        return values == null ? null : values.clone();
    }

    private synchronized Map<String, String[]> parameters() {
        if (parameters == null) {
            // The container's own parameters: the query string's (it no longer reads the body we consumed).
            Map<String, List<String>> all = new LinkedHashMap<>();
            super.getParameterMap().forEach((name, values) -> all.computeIfAbsent(name, n -> new ArrayList<>())
                    .addAll(List.of(values)));
            String type = getContentType();
            if (type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
                addFormFields(all, new String(body, StandardCharsets.ISO_8859_1));
            }
            Map<String, String[]> result = new LinkedHashMap<>();
            all.forEach((name, values) -> result.put(name, values.toArray(String[]::new)));
            parameters = result;
        }
        return parameters;
    }

    private void addFormFields(Map<String, List<String>> all, String form) {
        Charset charset = charset();
        for (String field : form.split("&")) {
            if (field.isEmpty()) {
                continue;
            }
            int equals = field.indexOf('=');
            String name = equals < 0 ? field : field.substring(0, equals);
            String value = equals < 0 ? "" : field.substring(equals + 1);
            try {
                all.computeIfAbsent(URLDecoder.decode(name, charset), n -> new ArrayList<>())
                        .add(URLDecoder.decode(value, charset));
            } catch (IllegalArgumentException badEscape) {
                // A broken %-escape: the field is left out, as the container leaves it out.
            }
        }
    }

    private Charset charset() {
        String encoding = getCharacterEncoding();
        try {
            return encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
        } catch (IllegalArgumentException unknown) {
            return StandardCharsets.UTF_8;
        }
    }
}
