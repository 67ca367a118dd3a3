package io.mediawire.host.web;

import java.nio.ByteBuffer;
import java.util.List;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.http.HttpURI;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * In front of the servlets: a GET or HEAD of a public path whose answer is kept gets the kept bytes
 * from here, on Jetty's core API, without a servlet request being made; as a static file server
 * would serve them. Any other request goes on to the servlets, a public one with a
 * {@link ReadyAnswers.Slot} for its answer.
 */
final class ReadyAnswerHandler extends Handler.Wrapper {
    private final ReadyAnswers answers;

    ReadyAnswerHandler(ReadyAnswers answers, Handler servlets) {
        super(servlets);
        this.answers = answers;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String method = request.getMethod();
        boolean head = HttpMethod.HEAD.is(method);
        HttpURI uri = request.getHttpURI();
        if (!head && !HttpMethod.GET.is(method) || !ReadyAnswers.covers(uri.getCanonicalPath())) {
            return super.handle(request, response, callback);
        }
        HttpFields headers = request.getHeaders();
        String key = ReadyAnswers.key(uri.getScheme(), Request.getServerName(request), Request.getServerPort(request),
                uri.getPath(), uri.getQuery(), headers.get(HttpHeader.ORIGIN));
        ReadyAnswer ready = answers.serve(key);
        if (ready == null) {
            request.setAttribute(ReadyAnswers.SLOT, answers.slot(key));
            return super.handle(request, response, callback);
        }
        ReadyAnswer.Chosen chosen = ready.choose(headers.get(HttpHeader.ACCEPT_ENCODING),
                joined(headers.getValuesList(HttpHeader.IF_NONE_MATCH)), headers.get(HttpHeader.IF_MODIFIED_SINCE));
        response.setStatus(chosen.status());
        HttpFields.Mutable out = response.getHeaders();
        List<HttpField> fields = chosen.fields();
        for (int i = 0; i < fields.size(); i++) {
            if (ReadyAnswer.firstOfItsName(fields, i)) {
                out.put(fields.get(i)); // replaces what CommonHeaders set
            } else {
                out.add(fields.get(i));
            }
        }
        boolean body = chosen.body() != null && chosen.body().length > 0 && !head;
        response.write(true, body ? ByteBuffer.wrap(chosen.body()) : null, callback);
        return true;
    }

    private static String joined(List<String> values) {
        return values.isEmpty() ? null : values.size() == 1 ? values.get(0) : String.join(",", values);
    }
}
