package org.elbasar.partner.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/** A name's addresses, from the system's resolver: the seam tests replace to re-point a name. */
@ApplicationScoped
public class HostResolver {

    public List<InetAddress> resolve(String host) throws UnknownHostException {
        return List.of(InetAddress.getAllByName(host));
    }
}
