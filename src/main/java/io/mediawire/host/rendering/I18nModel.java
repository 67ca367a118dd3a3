package io.mediawire.host.rendering;

import freemarker.template.SimpleScalar;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.utility.DeepUnwrap;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code i18n} as Magnolia templates use it: {@code ${i18n['mw.recentPosts']}} and
 * {@code ${i18n.get('mw.disclaimer', siteName)}}.
 */
final class I18nModel implements TemplateHashModel {
    private final Messages messages;

    I18nModel(Messages messages) {
        this.messages = messages;
    }

    @Override
    public TemplateModel get(String key) {
        if ("get".equals(key)) {
            return (TemplateMethodModelEx) this::format;
        }
        return new SimpleScalar(messages.get(key));
    }

    private Object format(List<?> arguments) throws TemplateModelException {
        if (arguments.isEmpty()) {
            throw new TemplateModelException("i18n.get needs a message key");
        }
        String key = String.valueOf(DeepUnwrap.unwrap((TemplateModel) arguments.get(0)));
        List<Object> args = new ArrayList<>();
        for (Object argument : arguments.subList(1, arguments.size())) {
            Object arg = DeepUnwrap.unwrap((TemplateModel) argument);
            if (arg instanceof List<?> list) {
                args.addAll(list); // Magnolia passes arguments as one list: i18n.get('key', [a, b])
            } else {
                args.add(arg);
            }
        }
        return new SimpleScalar(messages.get(key, args.toArray()));
    }

    @Override
    public boolean isEmpty() {
        return false;
    }
}
