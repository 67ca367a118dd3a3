package io.mediawire.host.web.authoring;

import io.mediawire.host.security.Role;
import io.mediawire.host.security.User;
import io.mediawire.host.security.UserStore;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;

/** Admins list the accounts and add editors (or admins). Editors get 403. */
final class UsersServlet extends HttpServlet {
    private final transient UserStore users;
    private final transient Pages pages;

    UsersServlet(UserStore users, Pages pages) {
        this.users = users;
        this.pages = pages;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (admin(request, response)) {
            String added = request.getParameter("added");
            Map<String, Object> model = new HashMap<>();
            if (added != null && users.find(added).isPresent()) {
                model.put("notice", "Added the user " + added + ".");
            }
            page(request, response, HttpServletResponse.SC_OK, model);
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!admin(request, response)) {
            return;
        }
        String name = request.getParameter("name");
        String password = request.getParameter("password");
        String repeated = request.getParameter("password2");
        String role = request.getParameter("role");
        try {
            if (password == null || !password.equals(repeated)) {
                throw new IllegalArgumentException("the two passwords differ");
            }
            Role chosen = Role.parse(role);
            EnumSet<Role> roles = chosen == Role.ADMIN ? EnumSet.of(Role.ADMIN, Role.EDITOR) : EnumSet.of(Role.EDITOR);
            UserStore.Account account = users.add(name, password.toCharArray(), roles,
                    AuthoringContext.session(request).user().name());
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            response.setHeader("Location", AdminPaths.USERS + "?added=" + AdminPaths.encode(account.name()));
        } catch (IllegalArgumentException e) {
            Map<String, Object> model = new HashMap<>();
            model.put("error", "The user was not added: " + e.getMessage() + ".");
            model.put("name", name == null ? "" : name);
            model.put("role", role == null ? "editor" : role);
            page(request, response, HttpServletResponse.SC_BAD_REQUEST, model);
        }
    }

    private boolean admin(HttpServletRequest request, HttpServletResponse response) throws IOException {
        User user = AuthoringContext.session(request).user();
        if (user.isAdmin()) {
            return true;
        }
        pages.render(request, response, HttpServletResponse.SC_FORBIDDEN, "message", Map.of(
                "title", "Admins only", "message", "Only an admin can manage users."));
        return false;
    }

    private void page(HttpServletRequest request, HttpServletResponse response, int status, Map<String, Object> extra)
            throws IOException {
        Map<String, Object> model = new HashMap<>(extra);
        model.putIfAbsent("name", "");
        model.putIfAbsent("role", "editor");
        model.put("accounts", users.list().stream().map(a -> Map.of(
                "name", a.name(),
                "roles", String.join(", ", a.roles().stream().map(Role::id).sorted().toList()),
                "createdBy", a.createdBy() == null ? "" : a.createdBy(),
                "created", a.created() == null ? "" : a.created().toString().substring(0, 10))).toList());
        model.put("roles", Arrays.stream(Role.values()).map(Role::id).toList());
        model.put("minLength", io.mediawire.host.security.Passwords.MIN_LENGTH);
        pages.render(request, response, status, "users", model);
    }
}
