//! The client's address, which attempt limits count by. Behind a load balancer every request comes
//! from the balancer, so the address it saw is taken from `X-Forwarded-For`, but only when the TCP
//! peer is one of the proxies the operator named: anyone else could write any address there and
//! so escape the limits or spend another client's.

use std::net::IpAddr;

use axum::http::HeaderMap;

/// The client's address: the peer, or, if the peer is a trusted proxy, the right-most address of
/// `X-Forwarded-For` that is not a trusted proxy itself (proxies append what they saw, so entries
/// further left were written by the client and prove nothing).
pub fn client_addr(peer: IpAddr, headers: &HeaderMap, trusted: &[IpAddr]) -> IpAddr {
    let trusted_ip = |ip: &IpAddr| trusted.contains(&canonical(*ip));
    if !trusted_ip(&peer) {
        return peer;
    }
    let mut hops: Vec<IpAddr> = Vec::new();
    for value in headers.get_all("x-forwarded-for") {
        let Ok(text) = value.to_str() else {
            // A header that is not text: nothing in it can be trusted.
            return peer;
        };
        for part in text.split(',') {
            match part.trim().parse::<IpAddr>() {
                Ok(ip) => hops.push(canonical(ip)),
                Err(_) => return peer,
            }
        }
    }
    hops.into_iter()
        .rev()
        .find(|ip| !trusted_ip(ip))
        .unwrap_or(peer)
}

/// IPv4 addresses arrive as IPv6-mapped on a dual-stack socket.
fn canonical(ip: IpAddr) -> IpAddr {
    match ip {
        IpAddr::V6(v6) => v6.to_ipv4_mapped().map_or(ip, IpAddr::V4),
        v4 => v4,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(values: &[&str]) -> HeaderMap {
        let mut h = HeaderMap::new();
        for v in values {
            h.append("x-forwarded-for", v.parse().expect("header"));
        }
        h
    }

    fn ip(s: &str) -> IpAddr {
        s.parse().expect("ip")
    }

    #[test]
    fn a_header_from_an_untrusted_peer_is_ignored() {
        let h = headers(&["203.0.113.9"]);
        assert_eq!(client_addr(ip("198.51.100.7"), &h, &[]), ip("198.51.100.7"));
        assert_eq!(
            client_addr(ip("198.51.100.7"), &h, &[ip("10.0.0.1")]),
            ip("198.51.100.7")
        );
    }

    #[test]
    fn a_trusted_proxy_gives_the_address_it_saw() {
        let trusted = [ip("10.0.0.1"), ip("10.0.0.2")];
        // The client wrote 1.2.3.4 itself; the first proxy saw 203.0.113.9, the second the first.
        let h = headers(&["1.2.3.4, 203.0.113.9", "10.0.0.1"]);
        assert_eq!(client_addr(ip("10.0.0.2"), &h, &trusted), ip("203.0.113.9"));
        assert_eq!(
            client_addr(ip("::ffff:10.0.0.2"), &headers(&["203.0.113.9"]), &trusted),
            ip("203.0.113.9")
        );
    }

    #[test]
    fn a_missing_or_garbled_header_leaves_the_peer() {
        let trusted = [ip("10.0.0.1")];
        assert_eq!(
            client_addr(ip("10.0.0.1"), &HeaderMap::new(), &trusted),
            ip("10.0.0.1")
        );
        let h = headers(&["203.0.113.9, not-an-address"]);
        assert_eq!(client_addr(ip("10.0.0.1"), &h, &trusted), ip("10.0.0.1"));
    }
}
