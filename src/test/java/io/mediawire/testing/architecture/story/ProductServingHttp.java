package io.mediawire.testing.architecture.story;

import jakarta.servlet.http.HttpServlet;

/** Breaks the rule: the product serves HTTP itself. */
public class ProductServingHttp extends HttpServlet {
    private static final long serialVersionUID = 1L;
}
