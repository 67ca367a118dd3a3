package io.mediawire.host.web.authoring;

import io.mediawire.host.admincentral.AppDefinition;
import io.mediawire.host.admincentral.action.ConfirmationActionDefinition;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * The page of a {@code confirmationAction}: its texts from the app's YAML, the item it is about, and a
 * proceed button that posts to its {@code successActionName} with {@code confirmed=yes}.
 */
final class Confirmations {
    private Confirmations() {
    }

    /**
     * @param item the item's {@code title} and {@code url}, and its {@code status} badge when it has one
     */
    static void render(Pages pages, HttpServletRequest request, HttpServletResponse response, AppDefinition app,
                       String appUrl, AppDefinition.Action action, Map<String, Object> item, String itemUrl)
            throws IOException {
        ConfirmationActionDefinition definition = action.confirmation().orElseThrow();
        Map<String, Object> confirmation = new HashMap<>();
        confirmation.put("label", action.label());
        confirmation.put("header", definition.getConfirmationHeader());
        confirmation.put("message", definition.getConfirmationMessage());
        confirmation.put("proceedLabel", definition.getProceedLabel());
        confirmation.put("cancelLabel", definition.getCancelLabel());
        confirmation.put("defaultCancel", definition.isDefaultCancel());
        Map<String, Object> model = new HashMap<>();
        model.put("app", app);
        model.put("appUrl", appUrl);
        model.put("item", item);
        model.put("confirmation", confirmation);
        model.put("actionUrl", itemUrl + "/" + definition.getSuccessActionName());
        pages.render(request, response, HttpServletResponse.SC_OK, "confirm", model);
    }
}
