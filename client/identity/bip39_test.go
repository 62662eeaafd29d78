package identity

import (
	"encoding/hex"
	"errors"
	"slices"
	"strings"
	"testing"
)

// trezorVectors are from trezor/python-mnemonic vectors.json (English),
// the reference BIP-39 vectors; every seed uses the passphrase "TREZOR".
// The last column is the BIP-32 master key of the seed.
var trezorVectors = []struct {
	entropy, phrase, seed, xprv string
}{
	{
		"00000000000000000000000000000000",
		"abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about",
		"c55257c360c07c72029aebc1b53c05ed0362ada38ead3e3e9efa3708e53495531f09a6987599d18264c1e1c92f2cf141630c7a3c4ab7c81b2f001698e7463b04",
		"xprv9s21ZrQH143K3h3fDYiay8mocZ3afhfULfb5GX8kCBdno77K4HiA15Tg23wpbeF1pLfs1c5SPmYHrEpTuuRhxMwvKDwqdKiGJS9XFKzUsAF",
	},
	{
		"7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f",
		"legal winner thank year wave sausage worth useful legal winner thank yellow",
		"2e8905819b8723fe2c1d161860e5ee1830318dbf49a83bd451cfb8440c28bd6fa457fe1296106559a3c80937a1c1069be3a3a5bd381ee6260e8d9739fce1f607",
		"xprv9s21ZrQH143K2gA81bYFHqU68xz1cX2APaSq5tt6MFSLeXnCKV1RVUJt9FWNTbrrryem4ZckN8k4Ls1H6nwdvDTvnV7zEXs2HgPezuVccsq",
	},
	{
		"ffffffffffffffffffffffffffffffff",
		"zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo wrong",
		"ac27495480225222079d7be181583751e86f571027b0497b5b5d11218e0a8a13332572917f0f8e5a589620c6f15b11c61dee327651a14c34e18231052e48c069",
		"xprv9s21ZrQH143K2V4oox4M8Zmhi2Fjx5XK4Lf7GKRvPSgydU3mjZuKGCTg7UPiBUD7ydVPvSLtg9hjp7MQTYsW67rZHAXeccqYqrsx8LcXnyd",
	},
	{
		"0000000000000000000000000000000000000000000000000000000000000000",
		"abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon art",
		"bda85446c68413707090a52022edd26a1c9462295029f2e60cd7c4f2bbd3097170af7a4d73245cafa9c3cca8d561a7c3de6f5d4a10be8ed2a5e608d68f92fcc8",
		"xprv9s21ZrQH143K32qBagUJAMU2LsHg3ka7jqMcV98Y7gVeVyNStwYS3U7yVVoDZ4btbRNf4h6ibWpY22iRmXq35qgLs79f312g2kj5539ebPM",
	},
	{
		"8080808080808080808080808080808080808080808080808080808080808080",
		"letter advice cage absurd amount doctor acoustic avoid letter advice cage absurd amount doctor acoustic avoid letter advice cage absurd amount doctor acoustic bless",
		"c0c519bd0e91a2ed54357d9d1ebef6f5af218a153624cf4f2da911a0ed8f7a09e2ef61af0aca007096df430022f7a2b6fb91661a9589097069720d015e4e982f",
		"xprv9s21ZrQH143K3CSnQNYC3MqAAqHwxeTLhDbhF43A4ss4ciWNmCY9zQGvAKUSqVUf2vPHBTSE1rB2pg4avopqSiLVzXEU8KziNnVPauTqLRo",
	},
	{
		"9e885d952ad362caeb4efe34a8e91bd2",
		"ozone drill grab fiber curtain grace pudding thank cruise elder eight picnic",
		"274ddc525802f7c828d8ef7ddbcdc5304e87ac3535913611fbbfa986d0c9e5476c91689f9c8a54fd55bd38606aa6a8595ad213d4c9c9f9aca3fb217069a41028",
		"xprv9s21ZrQH143K2oZ9stBYpoaZ2ktHj7jLz7iMqpgg1En8kKFTXJHsjxry1JbKH19YrDTicVwKPehFKTbmaxgVEc5TpHdS1aYhB2s9aFJBeJH",
	},
	{
		"68a79eaca2324873eacc50cb9c6eca8cc68ea5d936f98787c60c7ebc74e6ce7c",
		"hamster diagram private dutch cause delay private meat slide toddler razor book happy fancy gospel tennis maple dilemma loan word shrug inflict delay length",
		"64c87cde7e12ecf6704ab95bb1408bef047c22db4cc7491c4271d170a1b213d20b385bc1588d9c7b38f1b39d415665b8a9030c9ec653d75e65f847d8fc1fc440",
		"xprv9s21ZrQH143K2XTAhys3pMNcGn261Fi5Ta2Pw8PwaVPhg3D8DWkzWQwjTJfskj8ofb81i9NP2cUNKxwjueJHHMQAnxtivTA75uUFqPFeWzk",
	},
	{
		"f585c11aec520db57dd353c69554b21a89b20fb0650966fa0a9d6f74fd989d8f",
		"void come effort suffer camp survey warrior heavy shoot primary clutch crush open amazing screen patrol group space point ten exist slush involve unfold",
		"01f5bced59dec48e362f2c45b5de68b9fd6c92c6634f44d6d40aab69056506f0e35524a518034ddc1192e1dacd32c1ed3eaa3c3b131c88ed8e7e54c49a5d0998",
		"xprv9s21ZrQH143K39rnQJknpH1WEPFJrzmAqqasiDcVrNuk926oizzJDDQkdiTvNPr2FYDYzWgiMiC63YmfPAa2oPyNB23r2g7d1yiK6WpqaQS",
	},
}

func TestWordlist(t *testing.T) {
	list, index := words()
	if len(list) != 2048 || len(index) != 2048 {
		t.Fatalf("%d words, %d distinct", len(list), len(index))
	}
	if !slices.IsSorted(list) {
		t.Fatal("word list is not sorted; prefix lookup needs it")
	}
	// Abbreviations rely on every word being unique in its first four
	// letters.
	seen := map[string]string{}
	for _, w := range list {
		p := w[:min(4, len(w))]
		if o, ok := seen[p]; ok {
			t.Fatalf("%q and %q share the prefix %q", o, w, p)
		}
		seen[p] = w
	}
}

func TestTrezorVectors(t *testing.T) {
	for _, v := range trezorVectors {
		entropy, _ := hex.DecodeString(v.entropy)
		m, err := MnemonicFromEntropy(entropy)
		if err != nil {
			t.Fatal(err)
		}
		if got := m.Phrase(); got != v.phrase {
			t.Errorf("entropy %s: phrase\n got %s\nwant %s", v.entropy, got, v.phrase)
		}
		p, err := ParseMnemonic(v.phrase)
		if err != nil {
			t.Fatalf("ParseMnemonic(%q): %v", v.phrase, err)
		}
		if got := hex.EncodeToString(p.Entropy()); got != v.entropy {
			t.Errorf("phrase %q: entropy %s, want %s", v.phrase, got, v.entropy)
		}
		seed := p.Seed("TREZOR")
		if got := hex.EncodeToString(seed); got != v.seed {
			t.Errorf("phrase %q: seed\n got %s\nwant %s", v.phrase, got, v.seed)
		}
		mk, err := masterKey(seed)
		if err != nil {
			t.Fatal(err)
		}
		if got := serializeXprv(mk, 0, [4]byte{}, 0); got != v.xprv {
			t.Errorf("phrase %q: master key\n got %s\nwant %s", v.phrase, got, v.xprv)
		}
	}
}

func TestParseMnemonicNormalises(t *testing.T) {
	want := trezorVectors[1].phrase
	for _, in := range []string{
		"  LEGAL winner thank year wave sausage worth useful legal winner thank yellow\n",
		"legal\twinner  thank year\nwave sausage worth useful legal winner thank Yellow",
		"lega winn than year wave saus wort usef lega winn than yell", // four-letter prefixes
		"legal winner thank year wave sausa worth useful legal winner thank yello",
	} {
		m, err := ParseMnemonic(in)
		if err != nil {
			t.Fatalf("ParseMnemonic(%q): %v", in, err)
		}
		if m.Phrase() != want {
			t.Errorf("ParseMnemonic(%q) = %q", in, m.Phrase())
		}
	}
}

func TestParseMnemonicErrors(t *testing.T) {
	abandon11 := strings.Repeat("abandon ", 11)
	eighteen := "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon agent"
	for _, tc := range []struct {
		name, in string
		want     error
	}{
		{"empty", "", ErrWordCount},
		{"eleven words", strings.TrimSpace(abandon11), ErrWordCount},
		{"eighteen words (valid BIP-39, not accepted)", eighteen, ErrWordCount},
		{"bad checksum", abandon11 + "abandon", ErrChecksum},
		{"swapped words", "legal winner thank year wave sausage worth useful legal winner yellow thank", ErrChecksum},
		{"unknown word", abandon11 + "abuot", ErrUnknownWord},
		{"ambiguous three-letter prefix", abandon11 + "abo", ErrUnknownWord},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := ParseMnemonic(tc.in)
			if !errors.Is(err, tc.want) {
				t.Fatalf("err = %v, want %v", err, tc.want)
			}
		})
	}
}

func TestUnknownWordError(t *testing.T) {
	_, err := ParseMnemonic("abandon abandon abandn abandon abandon abandon abandon abandon abandon abandon abandon about")
	var uw *UnknownWordError
	if !errors.As(err, &uw) {
		t.Fatalf("err = %v, want *UnknownWordError", err)
	}
	if uw.Word != "abandn" || uw.Position != 3 {
		t.Errorf("word %q at %d, want \"abandn\" at 3", uw.Word, uw.Position)
	}
	if len(uw.Suggestions) == 0 || uw.Suggestions[0] != "abandon" {
		t.Errorf("suggestions %q, want \"abandon\" first", uw.Suggestions)
	}
	msg := err.Error()
	for _, want := range []string{`"abandn"`, "position 3", `did you mean "abandon"`} {
		if !strings.Contains(msg, want) {
			t.Errorf("message %q lacks %q", msg, want)
		}
	}
	// A word far from every list word gets no suggestion.
	_, err = ParseMnemonic("xqzjv abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about")
	if !errors.As(err, &uw) || len(uw.Suggestions) != 0 || strings.Contains(err.Error(), "did you mean") {
		t.Errorf("err = %v, want no suggestions", err)
	}
}

func TestNewMnemonic(t *testing.T) {
	a, err := NewMnemonic()
	if err != nil {
		t.Fatal(err)
	}
	b, err := NewMnemonic()
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Words()) != 24 {
		t.Fatalf("%d words, want 24", len(a.Words()))
	}
	if a.Phrase() == b.Phrase() {
		t.Fatal("two new mnemonics are equal")
	}
	back, err := ParseMnemonic(a.Phrase())
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(back.Entropy(), a.Entropy()) {
		t.Fatal("phrase does not parse back to its entropy")
	}
}

func TestMnemonicStringHidesWords(t *testing.T) {
	m, _ := ParseMnemonic(trezorVectors[0].phrase)
	if s := m.String(); strings.Contains(s, "abandon") || !strings.Contains(s, "12 words") {
		t.Fatalf("String() = %q", s)
	}
}

func TestMnemonicFromEntropyRejectsOtherSizes(t *testing.T) {
	for _, n := range []int{0, 15, 20, 24, 28, 33} {
		if _, err := MnemonicFromEntropy(make([]byte, n)); !errors.Is(err, ErrWordCount) {
			t.Errorf("%d bytes: err = %v", n, err)
		}
	}
}
