package io.rampart.server.pages;

import jakarta.servlet.http.HttpServletResponse;
import java.util.HashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

/**
 * How pages answer: a template with its own Content-Security-Policy (scripts, styles and fetches
 * from this origin only, images also as {@code data:} for the QR code) and a same-origin referrer
 * policy (under the API's {@code no-referrer}, browsers send {@code Origin: null} with a form post,
 * and the origin check could not tell the pages' own forms from a cross-site one), or a 303 to
 * another page.
 */
final class Pages {
  static final String CSP =
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
          + " connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

  private Pages() {}

  static ModelAndView page(
      HttpServletResponse response, String view, String title, Map<String, ?> model) {
    return page(response, HttpStatus.OK, view, title, model);
  }

  static ModelAndView page(
      HttpServletResponse response,
      HttpStatus status,
      String view,
      String title,
      Map<String, ?> model) {
    response.setHeader("Content-Security-Policy", CSP);
    response.setHeader("Referrer-Policy", "same-origin");
    response.setHeader("Cache-Control", "no-store");
    Map<String, Object> values = new HashMap<>(model);
    values.put("title", title);
    ModelAndView page = new ModelAndView(view, values);
    page.setStatus(status);
    return page;
  }

  static ModelAndView seeOther(String path) {
    RedirectView redirect = new RedirectView(path);
    redirect.setStatusCode(HttpStatus.SEE_OTHER);
    return new ModelAndView(redirect);
  }
}
