package relay

import (
	"net"
	"net/http"
	"net/netip"
	"strings"
)

// Origin is the network a client is counted under for per-IP limits: an
// IPv4 address, or an IPv6 /64 (one subscriber usually holds a whole /64).
func Origin(ip netip.Addr) string {
	ip = ip.Unmap()
	if ip.Is4() {
		return ip.String()
	}
	p, err := ip.Prefix(64)
	if err != nil {
		return ip.String()
	}
	return p.String()
}

// clientIP is the socket's peer address, unless that peer is a trusted proxy:
// then the rightmost X-Forwarded-For entry that is not itself a trusted
// proxy. Request headers from anyone else are ignored.
func clientIP(r *http.Request, trusted []netip.Prefix) netip.Addr {
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		host = r.RemoteAddr
	}
	peer, err := netip.ParseAddr(host)
	if err != nil {
		return netip.Addr{}
	}
	peer = peer.Unmap()
	isTrusted := func(a netip.Addr) bool {
		for _, p := range trusted {
			if p.Contains(a) {
				return true
			}
		}
		return false
	}
	if !isTrusted(peer) {
		return peer
	}
	var hops []string
	for _, h := range r.Header.Values("X-Forwarded-For") {
		hops = append(hops, strings.Split(h, ",")...)
	}
	for i := len(hops) - 1; i >= 0; i-- {
		a, err := netip.ParseAddr(strings.TrimSpace(hops[i]))
		if err != nil {
			return peer // malformed chain: count the proxy itself
		}
		a = a.Unmap()
		if !isTrusted(a) {
			return a
		}
	}
	return peer
}
