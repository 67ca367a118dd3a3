package io.mediawire.host.rendering;

import freemarker.core.Environment;
import freemarker.template.TemplateDirectiveBody;
import freemarker.template.TemplateDirectiveModel;
import freemarker.template.TemplateException;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.utility.DeepUnwrap;
import io.mediawire.host.lightmodule.Definition;
import io.mediawire.host.lightmodule.DefinitionRegistry;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code cms}: Magnolia's {@code [@cms.page /]}, {@code [@cms.area name="aside" /]} and
 * {@code [@cms.component content=component /]} for a public instance. Story pages have no area
 * nodes, so an area renders the components its definition generates ({@code autoGeneration.content},
 * Magnolia's own key for components every page gets); each entry's other keys become the
 * component's {@code content}.
 */
final class CmsDirectives implements TemplateHashModel {
    private static final String TEMPLATE = "mgnl:template";

    private final TemplateEngine engine;
    private final DefinitionRegistry registry;
    private final Map<String, Object> shared;

    /** @param shared the objects every script sees (ctx, state, cmsfn, mwfn, i18n, cms) */
    CmsDirectives(TemplateEngine engine, DefinitionRegistry registry, Map<String, Object> shared) {
        this.engine = engine;
        this.registry = registry;
        this.shared = shared;
    }

    @Override
    public TemplateModel get(String key) {
        return switch (key) {
            case "page", "init" -> (TemplateDirectiveModel) (env, params, loopVars, body) -> { }; // no page editor here
            case "area" -> (TemplateDirectiveModel) this::area;
            case "component" -> (TemplateDirectiveModel) this::component;
            default -> null;
        };
    }

    @Override
    public boolean isEmpty() {
        return false;
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private void area(Environment env, Map params, TemplateModel[] loopVars, TemplateDirectiveBody body)
            throws TemplateException, IOException {
        Object name = unwrap((TemplateModel) params.get("name"));
        if (name == null) {
            throw new TemplateModelException("cms.area needs a name");
        }
        Map<String, Object> def = (Map<String, Object>) unwrap(env.getVariable("def"));
        Map<String, Object> areas = def == null ? null : (Map<String, Object>) def.get("areas");
        Map<String, Object> area = areas == null ? null : (Map<String, Object>) areas.get(name.toString());
        if (area == null) {
            throw new TemplateModelException("no area \"" + name + "\" in template " + (def == null ? "?" : def.get("id")));
        }
        List<Map<String, Object>> components = generated(area);
        Object script = area.get("templateScript");
        if (script != null) {
            Map<String, Object> model = new HashMap<>(shared);
            model.put("content", env.getVariable("content"));
            model.put("def", area);
            model.put("components", components);
            engine.include(script.toString(), model, env.getOut());
            return;
        }
        for (Map<String, Object> component : components) {
            render(component, env);
        }
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private void component(Environment env, Map params, TemplateModel[] loopVars, TemplateDirectiveBody body)
            throws TemplateException, IOException {
        Object content = unwrap((TemplateModel) params.get("content"));
        if (!(content instanceof Map<?, ?>)) {
            throw new TemplateModelException("cms.component needs content=<a component>");
        }
        render((Map<String, Object>) content, env);
    }

    private void render(Map<String, Object> component, Environment env) throws TemplateException, IOException {
        Object id = component.get(TEMPLATE);
        Definition definition = registry.get("templates", String.valueOf(id))
                .orElseThrow(() -> new TemplateModelException("no template definition " + id));
        Object script = definition.body().get("templateScript");
        if (script == null) {
            throw new TemplateModelException("template " + id + " has no templateScript");
        }
        Map<String, Object> model = new HashMap<>(shared);
        model.put("content", component);
        model.put("def", DefinitionModel.of(definition));
        engine.include(script.toString(), model, env.getOut());
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> generated(Map<String, Object> area) {
        List<Map<String, Object>> components = new ArrayList<>();
        Object generation = area.get("autoGeneration");
        if (!(generation instanceof Map<?, ?> g) || !(g.get("content") instanceof Map<?, ?> content)) {
            return components;
        }
        for (Map.Entry<?, ?> entry : content.entrySet()) {
            Map<String, Object> props = entry.getValue() instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
            Map<String, Object> component = new LinkedHashMap<>(props);
            component.put("@name", String.valueOf(entry.getKey()));
            component.put("@nodeType", props.getOrDefault("nodeType", "mgnl:component"));
            component.put(TEMPLATE, props.get("templateId"));
            components.add(component);
        }
        return components;
    }

    private static Object unwrap(TemplateModel model) throws TemplateModelException {
        return model == null ? null : DeepUnwrap.unwrap(model);
    }
}
