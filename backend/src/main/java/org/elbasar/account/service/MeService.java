package org.elbasar.account.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import org.elbasar.account.api.AccountForms.Me;
import org.elbasar.account.api.AccountForms.MeUpdate;
import org.elbasar.account.api.AccountForms.MyOrganisation;
import org.elbasar.account.domain.Person;
import org.elbasar.common.api.ApiException;
import org.elbasar.common.service.Caller;

/** The signed-in person's own account. */
@ApplicationScoped
public class MeService {

    @Transactional(Transactional.TxType.SUPPORTS)
    public Me me(Caller caller) {
        return view(person(caller));
    }

    @Transactional
    public Me update(MeUpdate update, Caller caller) {
        Person person = person(caller);
        person.firstName = update.firstName().trim();
        person.lastName = update.lastName().trim();
        person.locale = update.locale();
        if (update.notifyMatchingOffers() != null) {
            person.notifyMatchingOffers = update.notifyMatchingOffers();
        }
        return view(person);
    }

    private static Person person(Caller caller) {
        Person person = Person.find("from Person p left join fetch p.organisation where p.id = ?1", caller.personId()).firstResult();
        if (person == null || !person.active) {
            throw ApiException.notFound();
        }
        return person;
    }

    private static Me view(Person p) {
        MyOrganisation organisation = p.organisation == null ? null
                : new MyOrganisation(p.organisation.id, p.organisation.name, p.organisation.status, p.organisationRole);
        return new Me(p.id, p.email, p.firstName, p.lastName, p.locale, List.copyOf(p.roles()), organisation,
                p.notifyMatchingOffers);
    }
}
