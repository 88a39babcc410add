package th.nithet.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import th.nithet.platform.security.AccountPrincipal;
import th.nithet.platform.security.Role;

import java.util.stream.Collectors;

/** Accounts in the database are the portal's only identity store; their roles are the groups. */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @Inject
    AccountService accounts;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential password)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        return accounts.authenticate(password.getCaller(), password.getPasswordAsString())
                .map(account -> new CredentialValidationResult(
                        new AccountPrincipal(account.getId(), account.getUsername(), account.getDisplayName(),
                                account.isMustChangePassword()),
                        account.getRoles().stream().map(Role::name).collect(Collectors.toSet())))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
