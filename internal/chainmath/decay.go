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

// decayC are ⌊2^64 · 2^(−2^k/64)⌋ for k = 0..5.
var decayC = [6]uint64{
	0xfd3e0c0cf486c174, 0xfa83b2db722a033a, 0xf5257d152486cc2c,
	0xeac0c6e7dd24392e, 0xd744fccad69d6af4, 0xb504f333f9de6484,
}

// Factor is f(j) = Π 2^(−2^k/64) over the set bits k of j (j in [0, 64)) in
// Q0.64, multiplied in order of k with flooring; one reports j == 0 (f = 1).
func Factor(j uint64) (f uint64, one bool) {
	one = true
	for k := 0; k < 6; k++ {
		if j>>k&1 == 0 {
			continue
		}
		if one {
			f, one = decayC[k], false
		} else {
			f, _ = bits.Mul64(f, decayC[k])
		}
	}
	return f, one
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
