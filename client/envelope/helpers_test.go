package envelope

import (
	"crypto/ed25519"
	"crypto/sha3"
	"io"
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"github.com/cloudflare/circl/kem/xwing"
)

// detRand is the deterministic randomness of the test vectors: the
// SHAKE256 output stream of a seed.
func detRand(seed []byte) io.Reader {
	h := sha3.NewSHAKE256()
	h.Write(seed)
	return h
}

// party is a test user: account address and keys, all from one label.
type party struct {
	addr   Address
	xwSeed [32]byte
	xwPriv *xwing.PrivateKey
	xwPub  []byte
	xwKey  *xwing.PublicKey
	edSeed [32]byte
	edPriv ed25519.PrivateKey
	edPub  ed25519.PublicKey
}

func newParty(label string) *party {
	p := &party{}
	r := detRand([]byte("b-mail test party " + label))
	io.ReadFull(r, p.addr[:])
	io.ReadFull(r, p.xwSeed[:])
	io.ReadFull(r, p.edSeed[:])
	p.load()
	return p
}

func (p *party) load() {
	p.xwPriv, p.xwKey = xwing.DeriveKeyPair(p.xwSeed[:])
	p.xwPub, _ = p.xwKey.MarshalBinary()
	p.edPriv = ed25519.NewKeyFromSeed(p.edSeed[:])
	p.edPub = p.edPriv.Public().(ed25519.PublicKey)
}

func (p *party) recipient(contact bool) Recipient {
	return Recipient{PublicKey: p.xwKey, Contact: contact}
}

var (
	alice = newParty("alice")
	bob   = newParty("bob")
	carol = newParty("carol")
	dave  = newParty("dave")
	eve   = newParty("eve")
)

// proseText returns n bytes of English-like text (words drawn from a
// Zipf-like distribution), deterministic.
func proseText(n int) string {
	words := strings.Fields(`the of and to a in is you that it he was for on are as with his they I
	at be this have from or one had by word but not what all were we when your can said there use an
	each which she do how their if will up other about out many then them these so some her would make
	like him into time has look two more write go see number no way could people my than first water
	been call who oil its now find long down day did get come made may part meeting tomorrow project
	invoice contract deliver schedule review thanks regards please attached budget quarter report team
	question answer summary office morning afternoon evening week month year payment relay envelope`)
	r := rand.New(rand.NewPCG(1, 2))
	z := rand.NewZipf(r, 1.1, 2, uint64(len(words)-1))
	var b strings.Builder
	sentence := 0
	for b.Len() < n {
		w := words[z.Uint64()]
		if sentence == 0 {
			w = strings.ToUpper(w[:1]) + w[1:]
		}
		b.WriteString(w)
		sentence++
		if sentence > 8+r.IntN(10) {
			b.WriteString(". ")
			sentence = 0
		} else {
			b.WriteByte(' ')
		}
	}
	return b.String()[:n]
}

func testMessage(from *party, to ...*party) *Message {
	m := &Message{
		From:    from.addr,
		Time:    time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC),
		Subject: "Quarterly report",
		Body:    proseText(4096),
	}
	for _, p := range to {
		m.To = append(m.To, p.addr)
	}
	return m
}

func mustSeal(t testing.TB, rand io.Reader, m *Message, from *party, rs ...Recipient) *Sealed {
	t.Helper()
	s, err := Seal(rand, m, from.edPriv, rs)
	if err != nil {
		t.Fatal(err)
	}
	return s
}
