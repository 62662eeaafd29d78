package relay

import (
	"net/http"
	"net/netip"
	"testing"
)

func TestClientIPAndOrigin(t *testing.T) {
	trusted := []netip.Prefix{netip.MustParsePrefix("10.0.0.0/8")}
	req := func(remote string, xff ...string) *http.Request {
		r := &http.Request{RemoteAddr: remote, Header: http.Header{}}
		for _, x := range xff {
			r.Header.Add("X-Forwarded-For", x)
		}
		return r
	}
	cases := []struct {
		name string
		r    *http.Request
		want string
	}{
		{"socket address", req("203.0.113.7:5555"), "203.0.113.7"},
		{"header from an untrusted peer is ignored", req("203.0.113.7:5555", "198.51.100.1"), "203.0.113.7"},
		{"trusted proxy: rightmost untrusted hop", req("10.1.2.3:80", "198.51.100.9, 192.0.2.4, 10.9.9.9"), "192.0.2.4"},
		{"trusted proxy, several headers", req("10.1.2.3:80", "198.51.100.9", "192.0.2.5"), "192.0.2.5"},
		{"trusted proxy, garbage header", req("10.1.2.3:80", "not-an-ip"), "10.1.2.3"},
		{"trusted proxy, no header", req("10.1.2.3:80"), "10.1.2.3"},
		{"v4-mapped v6", req("[::ffff:203.0.113.8]:1"), "203.0.113.8"},
	}
	for _, c := range cases {
		if got := clientIP(c.r, trusted); got.String() != c.want {
			t.Errorf("%s: %s, want %s", c.name, got, c.want)
		}
	}
	a := Origin(netip.MustParseAddr("2001:db8:1:2:aaaa::1"))
	b := Origin(netip.MustParseAddr("2001:db8:1:2:bbbb::2"))
	c := Origin(netip.MustParseAddr("2001:db8:1:3::1"))
	if a != b || a == c || a != "2001:db8:1:2::/64" {
		t.Fatalf("IPv6 origins %s %s %s: want one per /64", a, b, c)
	}
	if Origin(netip.MustParseAddr("192.0.2.1")) == Origin(netip.MustParseAddr("192.0.2.2")) {
		t.Fatal("IPv4 origins must be per address")
	}
}

func TestNormalizeURL(t *testing.T) {
	for in, want := range map[string]string{
		"WSS://Relay.Example.COM/":     "wss://relay.example.com",
		"wss://relay.example.com//":    "wss://relay.example.com/",
		"wss://relay.example.com/Path": "wss://relay.example.com/Path",
		"ws://127.0.0.1:7447":          "ws://127.0.0.1:7447",
	} {
		if got := NormalizeURL(in); got != want {
			t.Errorf("NormalizeURL(%q) = %q, want %q", in, got, want)
		}
	}
}
