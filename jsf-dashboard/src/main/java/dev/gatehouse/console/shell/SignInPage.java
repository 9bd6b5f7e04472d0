package dev.gatehouse.console.shell;

import dev.gatehouse.identity.AuthenticationException;
import dev.gatehouse.identity.Authenticator;
import dev.gatehouse.identity.Principal;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.logging.Logger;

/**
 * The sign-in form: user and password go to the {@link Authenticator} (the same check as the
 * admin API's Basic credentials); on success the operator lands on the page it asked for.
 */
@Named
@RequestScoped
public class SignInPage {
    private static final Logger LOG = Logger.getLogger(SignInPage.class.getName());

    @Inject
    Authenticator authenticator;

    @Inject
    OperatorSession session;

    private String user;
    private String password;
    private String next;

    public String signIn() {
        try {
            Principal operator = authenticator.administrator(user, password);
            session.signedIn(operator);
            return ConsolePaths.redirectTo(next);
        } catch (AuthenticationException e) {
            LOG.info(() -> "console: a sign-in was refused");
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    "Wrong user or password.", null));
            return null;
        } finally {
            password = null;
        }
    }

    public String getUser() {
        return user;
    }

    public void setUser(String user) {
        this.user = user;
    }

    public String getPassword() {
        return null;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }
}
