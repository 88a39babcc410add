package th.nithet.people.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/** {@code /people/{username}}: the address of a personal page, served by {@code person.xhtml}. */
@WebServlet("/people/*")
public class PeopleServlet extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        String path = request.getPathInfo();
        String username = path == null ? "" : path.substring(1);
        if (!username.matches("[A-Za-z0-9._-]{1,64}")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        request.setAttribute(PersonPageBean.USERNAME_ATTRIBUTE, username);
        request.getRequestDispatcher("/person.xhtml").forward(request, response);
    }
}
