package org.grantwell.web.session;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.grantwell.web.security.GrantwellAuthenticationMechanism;
import org.grantwell.web.security.RequestPaths;

/**
 * The sign-in form: the credential goes to the application's authentication mechanism, which
 * checks it against the user store (PBKDF2) and starts a new session; then the user goes on to the
 * page they asked for, or their home page. After repeated failures the username is locked for a
 * while ({@code LoginAttempts}), which the page says in words that do not reveal whether the
 * account exists. Signing out ends the session.
 */
@Named
@RequestScoped
public class LoginView {

  static final String HOME = "/app/home.xhtml";

  static final String LOCKED_SUMMARY = "Too many failed sign-ins for this username";

  static final String LOCKED_DETAIL =
      "Sign-in is refused for a while; try again later. Each further lock-out lasts longer.";

  @Inject private SecurityContext securityContext;
  @Inject private FacesContext faces;

  private String username;
  private String password;
  private String continueTo;

  public void login() throws IOException {
    ExternalContext external = faces.getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    HttpServletResponse response = (HttpServletResponse) external.getResponse();
    AuthenticationStatus status =
        securityContext.authenticate(request, response,
            withParams().newAuthentication(true)
                .credential(new UsernamePasswordCredential(username == null ? "" : username.strip(),
                    new Password(password == null ? "" : password))));
    password = null;
    if (status == AuthenticationStatus.SUCCESS) {
      external.redirect(external.getRequestContextPath() + RequestPaths.safeContinuePath(continueTo).orElse(HOME));
      faces.responseComplete();
    } else if (status != AuthenticationStatus.SEND_CONTINUE) {
      faces.addMessage(null, failure(request));
    } else {
      faces.responseComplete();
    }
  }

  /** The same words whether or not the username exists. */
  private static FacesMessage failure(HttpServletRequest request) {
    if (Boolean.TRUE.equals(request.getAttribute(GrantwellAuthenticationMechanism.LOCKED_ATTRIBUTE))) {
      return new FacesMessage(FacesMessage.SEVERITY_ERROR, LOCKED_SUMMARY, LOCKED_DETAIL);
    }
    return new FacesMessage(FacesMessage.SEVERITY_ERROR,
        "The username or password is not right", "Check them and try again.");
  }

  public void logout() throws IOException, ServletException {
    ExternalContext external = faces.getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    request.logout();
    external.invalidateSession();
    external.redirect(external.getRequestContextPath() + "/login.xhtml");
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getContinueTo() {
    return continueTo;
  }

  public void setContinueTo(String continueTo) {
    this.continueTo = continueTo;
  }
}
