package chainmath

import "math/bits"

// Half-lives in seconds; the tick of each grid is half-life/64.
const (
	RateHalfLife     = 86_400              // sender's recent rate: 1 day
	RepHalfLife      = 64 * 86_400         // earned reputation: 64 days
	SpamHalfLife     = 128 * 86_400        // spam marks: 128 days
	EndorsedHalfLife = 16 * 86_400         // endorsed reputation: 16 days (4× faster)
	PairHalfLife     = 32 * 86_400         // pair correspondence counts: 32 days
	PairHalfLifeH    = PairHalfLife / 3600 // the pair grid in hours (768)
)

// The factor tables: A[i] = ⌊2^64 · 2^(−i/64)⌋ and B[k] = ⌊2^64 · 2^(−8k/64)⌋
// for i, k = 0..7, stored as A − 2^63 and B − 2^63 (A[0] = B[0] = 2^64).
var (
	factorA = [8]uint64{1 << 63, 0x7d3e0c0cf486c174, 0x7a83b2db722a033a, 0x77d0df730ad13bb8,
		0x75257d152486cc2c, 0x7281773c59ffb139, 0x6fe4b99bdcdaf5cb, 0x6d4f301ed9942b84}
	factorB = [8]uint64{1 << 63, 0x6ac0c6e7dd24392e, 0x5744fccad69d6af4, 0x45672a115506dadd,
		0x3504f333f9de6484, 0x25fed6a9b15138ea, 0x1837f0518db8a96f, 0x0b95c1e3ea8bd6e6}
)

// Factor is f(j) = ⌊A[j mod 8] · B[⌊j/8⌋] / 2^64⌋ in Q0.64 (j in [0, 64)), within
// 2 units of ⌊2^64 · 2^(−j/64)⌋ and strictly decreasing in j; one reports
// j == 0 (f = 2^64, which does not fit a uint64).
func Factor(j uint64) (f uint64, one bool) {
	i, k := j%8, j/8%8
	switch {
	case i == 0 && k == 0:
		return 0, true
	case i == 0:
		return factorB[k] + 1<<63, false
	case k == 0:
		return factorA[i] + 1<<63, false
	}
	hi, _ := bits.Mul64(factorA[i]+1<<63, factorB[k]+1<<63)
	return hi, false
}

// TickIndex is j = ⌊t/Δ⌋ mod 64 on the grid of halfLife (Δ = halfLife/64).
func TickIndex(t, halfLife uint64) uint64 { return (t % halfLife) * 64 / halfLife }

// Shift moves mantissa m stored at time t to now's epoch: m >> (⌊now/H⌋ − ⌊t/H⌋).
func Shift(m, t, now, halfLife uint64) uint64 {
	s := now/halfLife - t/halfLife
	if s >= 64 {
		return 0
	}
	return m >> s
}

// ValueAt is the value of mantissa m (in now's epoch) at tick index j.
func ValueAt(m, j uint64) uint64 {
	f, one := Factor(j)
	if one {
		return m
	}
	hi, _ := bits.Mul64(m, f)
	return hi
}

// Decayed is the value at now of mantissa m stored at time t.
func Decayed(m, t, now, halfLife uint64) uint64 {
	m = Shift(m, t, now, halfLife)
	if m == 0 {
		return 0
	}
	return ValueAt(m, TickIndex(now, halfLife))
}

// Grow is the mantissa increment that adds x (x < 2^63) to the value at tick index j.
func Grow(x, j uint64) uint64 {
	f, one := Factor(j)
	if one {
		return x
	}
	q, _ := bits.Div64(x, 0, f)
	return q
}

// Shrink is the mantissa decrement that removes at least x from the value at tick index j.
func Shrink(x, j uint64) uint64 {
	f, one := Factor(j)
	if one {
		return x
	}
	q, r := bits.Div64(x, 0, f)
	if r != 0 {
		q++
	}
	return q
}

// AddSat adds Grow(x, j) to mantissa m, saturating at max.
func AddSat(m, x, j, max uint64) uint64 {
	m += Grow(x, j)
	if m > max {
		return max
	}
	return m
}
