package io.mediawire.host.rendering;

import freemarker.core.HTMLOutputFormat;
import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateNotFoundException;
import io.mediawire.host.lightmodule.DefinitionRegistry;
import java.io.IOException;
import java.io.Writer;
import java.util.Map;

/**
 * FreeMarker set up as Magnolia templates expect it: square-bracket tags, HTML output format with
 * auto-escaping (so {@code ${content.headline}} is escaped and only markup values such as
 * {@code cmsfn.decode(content).body} print as HTML), scripts read through the definition registry.
 * In development mode every request checks the script's modification time.
 */
public final class TemplateEngine {
    private final Configuration configuration;

    public TemplateEngine(DefinitionRegistry registry) {
        Configuration c = new Configuration(Configuration.VERSION_2_3_34);
        c.setTemplateLoader(new RegistryTemplateLoader(registry));
        c.setLocalizedLookup(false);
        c.setDefaultEncoding("UTF-8");
        c.setOutputFormat(HTMLOutputFormat.INSTANCE);
        c.setRecognizeStandardFileExtensions(false); // .ftl is HTML here, as in Magnolia
        c.setAutoEscapingPolicy(Configuration.ENABLE_IF_DEFAULT_AUTO_ESCAPING_POLICY);
        c.setTagSyntax(Configuration.SQUARE_BRACKET_TAG_SYNTAX);
        c.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        c.setLogTemplateExceptions(false); // we log once, with template and line
        c.setWrapUncheckedExceptions(true);
        c.setAPIBuiltinEnabled(false);
        c.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        c.setObjectWrapper(new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34).build());
        c.setTemplateUpdateDelayMilliseconds(registry.developmentMode() ? 0 : Long.MAX_VALUE);
        c.setNumberFormat("computer");
        this.configuration = c;
        registry.onReload(c::clearTemplateCache);
    }

    /** Renders the script at a Magnolia resource path ({@code /media-wire/templates/pages/article.ftl}). */
    public void render(String templateScript, Map<String, Object> model, Writer out) throws TemplateProblem {
        String name = templateScript.startsWith("/") ? templateScript.substring(1) : templateScript;
        Template template;
        try {
            template = configuration.getTemplate(name);
        } catch (TemplateNotFoundException e) {
            throw new TemplateProblem("/" + name, 0, "template script not found", e);
        } catch (ParseException e) {
            throw new TemplateProblem("/" + e.getTemplateName(), e.getLineNumber(), e.getEditorMessage(), e);
        } catch (IOException e) {
            throw new TemplateProblem("/" + name, 0, "cannot read: " + e.getMessage(), e);
        }
        try {
            template.process(model, out);
        } catch (TemplateException e) {
            String where = e.getFTLInstructionStack() == null ? "" : "\n" + e.getFTLInstructionStack().strip();
            String failing = e.getTemplateSourceName() == null ? name : e.getTemplateSourceName();
            throw new TemplateProblem("/" + failing, e.getLineNumber() == null ? 0 : e.getLineNumber(),
                    e.getMessageWithoutStackTop() + where, e);
        } catch (IOException e) {
            throw new TemplateProblem("/" + name, 0, "output failed: " + e.getMessage(), e);
        }
    }

    /** Renders inside another template (areas, components): failures stay FreeMarker's, with their place. */
    void include(String templateScript, Map<String, Object> model, Writer out) throws TemplateException, IOException {
        String name = templateScript.startsWith("/") ? templateScript.substring(1) : templateScript;
        configuration.getTemplate(name).process(model, out);
    }
}
