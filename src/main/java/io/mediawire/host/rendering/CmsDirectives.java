package io.mediawire.host.rendering;

import freemarker.core.Environment;
import freemarker.template.TemplateDirectiveBody;
import freemarker.template.TemplateDirectiveModel;
import freemarker.template.TemplateException;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.utility.DeepUnwrap;
import io.mediawire.host.lightmodule.DefinitionRegistry;
import io.mediawire.magnolia.ContentMap;
import io.mediawire.magnolia.RenderingModel;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;

/**
 * {@code cms}: Magnolia's {@code [@cms.page /]}, {@code [@cms.area name="aside" /]} and
 * {@code [@cms.component content=component /]} for a public instance. An area renders the
 * components of its node under the page ({@code mgnl:area} holding {@code mgnl:component}s, as a
 * bootstrapped or edited page has them); a page without that node gets the components the area's
 * definition generates ({@code autoGeneration.content}, Magnolia's own key for components every
 * page gets), each entry's other keys becoming the component's {@code content}. Each component's
 * {@code modelClass} is created with the enclosing script's model as its parent.
 */
final class CmsDirectives implements TemplateHashModel {
    private static final String TEMPLATE = "mgnl:template";

    private final TemplateEngine engine;
    private final DefinitionRegistry registry;
    private final Map<String, Object> shared;
    private final ModelFactory models;
    private final List<Object> requestObjects;

    /**
     * @param shared         the objects every script sees (ctx, state, cmsfn, mwfn, i18n, cms)
     * @param requestObjects what the request offers the components' models by type
     */
    CmsDirectives(TemplateEngine engine, DefinitionRegistry registry, Map<String, Object> shared, ModelFactory models,
                  List<Object> requestObjects) {
        this.engine = engine;
        this.registry = registry;
        this.shared = shared;
        this.models = models;
        this.requestObjects = requestObjects;
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
        Node areaNode = areaNode(env, name.toString());
        List<Map<String, Object>> components = areaNode != null ? stored(areaNode) : generated(area);
        Object script = area.get("templateScript");
        if (script != null) {
            Map<String, Object> model = new HashMap<>(shared);
            model.put("content", areaNode != null ? ContentMap.of(areaNode) : env.getVariable("content"));
            model.put("def", area);
            model.put("model", env.getVariable("model"));
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
        TemplateDefinition definition = registry.get("templates", String.valueOf(id)).map(TemplateDefinition::new)
                .orElseThrow(() -> new TemplateModelException("no template definition " + id));
        String script = definition.getTemplateScript();
        if (script == null) {
            throw new TemplateModelException("template " + id + " has no templateScript");
        }
        Node node = component instanceof ContentMap stored ? stored.getJCRNode() : null;
        RenderingModel<?> model;
        try {
            model = models.create(definition, node, enclosingModel(env), requestObjects);
        } catch (ModelFactory.ModelProblem problem) {
            throw new TemplateModelException(problem.getMessage(), problem);
        }
        String actionResult = model.execute();
        if (RenderingModel.SKIP_RENDERING.equals(actionResult)) {
            return;
        }
        Map<String, Object> objects = new HashMap<>(shared);
        objects.put("content", component);
        objects.put("def", definition.asMap());
        objects.put("model", model);
        if (actionResult != null) {
            objects.put("actionResult", actionResult);
        }
        engine.include(script, objects, env.getOut());
    }

    private static RenderingModel<?> enclosingModel(Environment env) throws TemplateModelException {
        return unwrap(env.getVariable("model")) instanceof RenderingModel<?> model ? model : null;
    }

    /** The area's node under the page being rendered, or null when the page has none. */
    private static Node areaNode(Environment env, String name) throws TemplateModelException {
        RenderingModel<?> model = enclosingModel(env);
        Node page = model == null ? null : model.getNode();
        try {
            if (page != null && page.hasNode(name) && page.getNode(name).isNodeType("mgnl:area")) {
                return page.getNode(name);
            }
            return null;
        } catch (RepositoryException e) {
            throw new TemplateModelException("cannot read area " + name + ": " + e.getMessage(), e);
        }
    }

    /** The area node's components, in their order. */
    private static List<Map<String, Object>> stored(Node area) throws TemplateModelException {
        List<Map<String, Object>> components = new ArrayList<>();
        try {
            for (NodeIterator children = area.getNodes(); children.hasNext(); ) {
                Node child = children.nextNode();
                if (child.isNodeType("mgnl:component")) {
                    components.add(ContentMap.of(child));
                }
            }
        } catch (RepositoryException e) {
            throw new TemplateModelException("cannot read the components of " + area + ": " + e.getMessage(), e);
        }
        return components;
    }

    private static final String COPY_GENERATOR = "info.magnolia.rendering.generator.CopyGenerator";

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> generated(Map<String, Object> area) {
        List<Map<String, Object>> components = new ArrayList<>();
        Object generation = area.get("autoGeneration");
        if (!(generation instanceof Map<?, ?> g) || !(g.get("content") instanceof Map<?, ?> content)) {
            return components;
        }
        // Magnolia's CopyGenerator copies the content entries into the area; it is the only generator this
        // host knows (it renders the copies without storing them), so another generator generates nothing here.
        Object generator = g.get("generatorClass");
        if (generator != null && !COPY_GENERATOR.equals(generator)) {
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
