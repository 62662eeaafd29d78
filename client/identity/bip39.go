package identity

import (
	"crypto/pbkdf2"
	"crypto/rand"
	"crypto/sha256"
	"crypto/sha512"
	_ "embed"
	"encoding/hex"
	"fmt"
	"slices"
	"strings"
	"sync"

	"golang.org/x/text/unicode/norm"
)

// wordlistSHA256 is the SHA-256 of bitcoin/bips bip-0039/english.txt, the
// official BIP-39 English list; init refuses to run with any other file.
const wordlistSHA256 = "2f5eed53a4727b4bf8880d8f3f199efc90e58503646d9ff8eff3a2ed3b24dbda"

//go:embed bip39_english.txt
var wordlistFile string

var (
	wordlistOnce  sync.Once
	wordlist      []string
	wordlistIndex map[string]int
)

func words() ([]string, map[string]int) {
	wordlistOnce.Do(func() {
		sum := sha256.Sum256([]byte(wordlistFile))
		if hex.EncodeToString(sum[:]) != wordlistSHA256 {
			panic("identity: embedded BIP-39 word list is not the official English list")
		}
		wordlist = strings.Split(strings.TrimSuffix(wordlistFile, "\n"), "\n")
		if len(wordlist) != 2048 {
			panic("identity: embedded BIP-39 word list does not have 2048 words")
		}
		wordlistIndex = make(map[string]int, len(wordlist))
		for i, w := range wordlist {
			wordlistIndex[w] = i
		}
	})
	return wordlist, wordlistIndex
}

// Entropy sizes of the phrases b-mail accepts.
const (
	EntropySize12 = 16 // 128 bits, 12 words
	EntropySize24 = 32 // 256 bits, 24 words
)

// bip39Iterations is BIP-39's PBKDF2 iteration count.
const bip39Iterations = 2048

// Mnemonic is a BIP-39 recovery phrase of 12 or 24 English words. Its
// String method does not reveal the words: use Phrase or Words.
type Mnemonic struct {
	entropy []byte
}

// NewMnemonic returns a fresh 24-word mnemonic from 256 bits of
// crypto/rand entropy.
func NewMnemonic() (*Mnemonic, error) {
	e := make([]byte, EntropySize24)
	if _, err := rand.Read(e); err != nil {
		return nil, fmt.Errorf("reading entropy: %w", err)
	}
	return &Mnemonic{entropy: e}, nil
}

// MnemonicFromEntropy returns the mnemonic that encodes entropy, which must
// be 16 or 32 bytes.
func MnemonicFromEntropy(entropy []byte) (*Mnemonic, error) {
	if len(entropy) != EntropySize12 && len(entropy) != EntropySize24 {
		return nil, fmt.Errorf("entropy of %d bytes: %w", len(entropy), ErrWordCount)
	}
	return &Mnemonic{entropy: slices.Clone(entropy)}, nil
}

// ParseMnemonic reads a phrase of 12 or 24 words. Case and whitespace do
// not matter (words are lowercased and split on any run of white space).
// A word may be abbreviated to a prefix of at least four letters when
// exactly one list word starts with it. Errors: ErrWordCount, an
// *UnknownWordError (errors.Is ErrUnknownWord), or ErrChecksum.
func ParseMnemonic(phrase string) (*Mnemonic, error) {
	list, index := words()
	fields := strings.Fields(strings.ToLower(phrase))
	if len(fields) != 12 && len(fields) != 24 {
		return nil, fmt.Errorf("got %d words: %w", len(fields), ErrWordCount)
	}
	// Each word carries 11 bits; the last len/3 bits are the checksum.
	bits := make([]byte, len(fields)*11/8+1)
	for i, f := range fields {
		n, ok := index[f]
		if !ok {
			n, ok = uniquePrefix(list, f)
		}
		if !ok {
			return nil, &UnknownWordError{Word: f, Position: i + 1, Suggestions: suggest(list, f)}
		}
		for b := 0; b < 11; b++ {
			if n&(1<<(10-b)) != 0 {
				pos := i*11 + b
				bits[pos/8] |= 0x80 >> (pos % 8)
			}
		}
	}
	entLen := len(fields) * 11 * 32 / 33 / 8
	entropy := bits[:entLen]
	csBits := len(fields) / 3
	sum := sha256.Sum256(entropy)
	// Compare the csBits bits that follow the entropy with the first
	// csBits bits of SHA-256(entropy). csBits is 4 or 8.
	got := bits[entLen] >> (8 - csBits)
	want := sum[0] >> (8 - csBits)
	if got != want {
		return nil, ErrChecksum
	}
	return &Mnemonic{entropy: slices.Clone(entropy)}, nil
}

// uniquePrefix finds the one list word that starts with w, for w of at
// least four letters (BIP-39 English words are unique in their first four).
func uniquePrefix(list []string, w string) (int, bool) {
	if len(w) < 4 {
		return 0, false
	}
	i, _ := slices.BinarySearch(list, w)
	if i < len(list) && strings.HasPrefix(list[i], w) &&
		(i+1 == len(list) || !strings.HasPrefix(list[i+1], w)) {
		return i, true
	}
	return 0, false
}

// suggest returns up to three list words close to w: words it is a prefix
// of, then words within edit distance two, nearest first.
func suggest(list []string, w string) []string {
	type cand struct {
		word string
		dist int
	}
	var cs []cand
	for _, l := range list {
		if len(w) >= 3 && strings.HasPrefix(l, w) {
			cs = append(cs, cand{l, 0})
			continue
		}
		if d := editDistance(w, l, 2); d <= 2 {
			cs = append(cs, cand{l, d})
		}
	}
	slices.SortStableFunc(cs, func(a, b cand) int { return a.dist - b.dist })
	var out []string
	for i := 0; i < len(cs) && i < 3; i++ {
		out = append(out, cs[i].word)
	}
	return out
}

// editDistance is the Levenshtein distance of a and b, or max+1 when it is
// larger than max.
func editDistance(a, b string, max int) int {
	if d := len(a) - len(b); d > max || -d > max {
		return max + 1
	}
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	if prev[len(b)] > max {
		return max + 1
	}
	return prev[len(b)]
}

// Words returns the phrase's words in order.
func (m *Mnemonic) Words() []string {
	list, _ := words()
	sum := sha256.Sum256(m.entropy)
	// entropy ‖ checksum, big-endian bit string; 11 bits per word.
	data := append(slices.Clone(m.entropy), sum[0])
	n := (len(m.entropy)*8 + len(m.entropy)/4) / 11
	out := make([]string, n)
	for i := range out {
		idx := 0
		for b := 0; b < 11; b++ {
			pos := i*11 + b
			idx <<= 1
			if data[pos/8]&(0x80>>(pos%8)) != 0 {
				idx |= 1
			}
		}
		out[i] = list[idx]
	}
	return out
}

// Phrase returns the words joined by single spaces: the canonical form
// BIP-39 hashes into the seed.
func (m *Mnemonic) Phrase() string { return strings.Join(m.Words(), " ") }

// Entropy returns a copy of the 16 or 32 entropy bytes.
func (m *Mnemonic) Entropy() []byte { return slices.Clone(m.entropy) }

// String hides the words, so a mnemonic never lands in a log by accident.
func (m *Mnemonic) String() string {
	return fmt.Sprintf("identity.Mnemonic(%d words, redacted)", len(m.entropy)*3/4)
}

// Seed returns the 64-byte BIP-39 seed:
// PBKDF2-HMAC-SHA512(NFKD(phrase), "mnemonic" ‖ NFKD(passphrase), 2048).
// b-mail identities use the empty passphrase.
func (m *Mnemonic) Seed(passphrase string) []byte {
	seed, err := pbkdf2.Key(sha512.New, norm.NFKD.String(m.Phrase()),
		[]byte(BIP39SaltPrefix+norm.NFKD.String(passphrase)), bip39Iterations, 64)
	if err != nil {
		// Only FIPS 140-only mode can refuse these parameters.
		panic("identity: pbkdf2: " + err.Error())
	}
	return seed
}
