package chainmath

// Layout of the contract's packed storage words (bit offsets, widths; SPEC.md
// §7.4). Values marked "mantissa" are in epoch form on their grid (decay.go).
const (
	// account word
	AccBalance, AccBalanceW     = 0, 64   // gwei
	AccDay, AccDayW             = 64, 16  // ⌊t/1 day⌋ of the last touch (every half-life is whole days)
	AccRate, AccRateW           = 80, 24  // mantissa, RateHalfLife, CountUnit per mail
	AccRep, AccRepW             = 104, 40 // mantissa, RepHalfLife, reputation units
	AccSpam, AccSpamW           = 144, 16 // mantissa, SpamHalfLife, CountUnit per mark
	AccCredit, AccCreditW       = 160, 32 // reputation credit: gwei of discount left (no decay)
	AccNonceBase, AccNonceBaseW = 192, 32
	AccNonceBits, AccNonceBitsW = 224, 31 // bit i: nonce base+i used
	AccHasStanding              = 255     // flag: the standing word holds endorsed reputation

	// standing word
	StEndorsed, StEndorsedW = 0, 40   // mantissa, EndorsedHalfLife
	StTime, StTimeW         = 40, 32  // seconds
	StReceived, StReceivedW = 72, 40  // endorsement received in epoch StEpoch
	StEpoch, StEpochW       = 112, 16 // ⌊t/RepHalfLife⌋ mod 2^16
	StMinRep, StMinRepW     = 128, 40 // first-contact minimum reputation

	// pair word ("LH" = mail from the lower address to the higher). Each
	// direction's ack fields form one 45-bit block at PairDir + 45·d:
	// paid u24, burn u16, pending u3, cold, marked (offsets within the block).
	PairOwedLo, PairOwedHi, PairOwedW = 0, 48, 48 // gwei owed to lo / to hi
	PairHour, PairHourW               = 96, 24    // hours since 1970, last touch
	PairCount, PairCountW             = 120, 20   // mantissas LH at 120, HL at 140 (pair grid, hours)
	PairDir, PairDirW                 = 160, 45   // direction blocks: LH at 160, HL at 205
	PairPaid, PairPaidW               = 0, 24     // hour of the last paid mail (or spam mark), in the block
	PairBurn, PairBurnW               = 24, 16    // Σ burn of the pending paid mails (gwei, saturating), in the block
	PairPend, PairPendW               = 40, 3     // pending acks, in the block
	PairCold                          = 43        // the last paid mail was cold, in the block
	PairMark                          = 44        // spam-marked within the window, in the block
	PairBlock                         = 250       // 250: lo blocks hi, 251: hi blocks lo
)

// Contract constants shared by pricing and reputation.
const (
	Day          = 86_400  // seconds
	CountUnit    = 256     // one mail in rate and pair-count units; one mark in spam units
	ColdBelow    = 16      // a direction is cold when the reverse count is below this
	MaxPending   = 7       // pending acks per direction saturate here
	Bucket       = 4096    // size bucket in bytes
	MaxSize      = 1 << 24 // largest priced size
	NonceWindow  = AccNonceBitsW
	MaskRate     = 1<<AccRateW - 1
	MaskRep      = 1<<AccRepW - 1
	MaskSpam     = 1<<AccSpamW - 1
	MaskCredit   = 1<<AccCreditW - 1
	MaskCount    = 1<<PairCountW - 1
	MaskBurn     = 1<<PairBurnW - 1
	MaskOwed     = 1<<PairOwedW - 1
	MaskEndorsed = 1<<StEndorsedW - 1
)

// Account is the decoded account word.
type Account struct {
	Balance     uint64 // gwei
	Day         uint64 // day (⌊t/86,400⌋) of the last touch
	Rate        uint64 // mantissa
	Rep         uint64 // mantissa
	Spam        uint64 // mantissa
	Credit      uint64 // gwei of discount the account's reputation can still pay
	NonceBase   uint32
	NonceBits   uint64
	HasStanding bool
}

// ParseAccount decodes an account word.
func ParseAccount(w Word) Account {
	return Account{
		Balance: w.Bits(AccBalance, AccBalanceW), Day: w.Bits(AccDay, AccDayW),
		Rate: w.Bits(AccRate, AccRateW), Rep: w.Bits(AccRep, AccRepW), Spam: w.Bits(AccSpam, AccSpamW),
		Credit:    w.Bits(AccCredit, AccCreditW),
		NonceBase: uint32(w.Bits(AccNonceBase, AccNonceBaseW)), NonceBits: w.Bits(AccNonceBits, AccNonceBitsW),
		HasStanding: w.Bit(AccHasStanding),
	}
}

// Word encodes the account as the contract stores it.
func (a Account) Word() Word {
	var w Word
	w = w.With(AccBalance, AccBalanceW, a.Balance).With(AccDay, AccDayW, a.Day)
	w = w.With(AccRate, AccRateW, a.Rate).With(AccRep, AccRepW, a.Rep).With(AccSpam, AccSpamW, a.Spam)
	w = w.With(AccCredit, AccCreditW, a.Credit)
	w = w.With(AccNonceBase, AccNonceBaseW, uint64(a.NonceBase)).With(AccNonceBits, AccNonceBitsW, a.NonceBits)
	return w.WithBit(AccHasStanding, a.HasStanding)
}

// Rebase moves the account's mantissas to now's epochs and sets Day to now's day.
func (a Account) Rebase(now uint64) Account {
	day := now / Day
	if a.Day == day {
		return a
	}
	t := a.Day * Day
	a.Rate = Shift(a.Rate, t, now, RateHalfLife)
	a.Rep = Shift(a.Rep, t, now, RepHalfLife)
	a.Spam = Shift(a.Spam, t, now, SpamHalfLife)
	a.Day = day
	return a
}

// RateAt, RepAt and SpamAt are the decayed values at now.
func (a Account) RateAt(now uint64) uint64 { return Decayed(a.Rate, a.Day*Day, now, RateHalfLife) }
func (a Account) RepAt(now uint64) uint64  { return Decayed(a.Rep, a.Day*Day, now, RepHalfLife) }
func (a Account) SpamAt(now uint64) uint64 { return Decayed(a.Spam, a.Day*Day, now, SpamHalfLife) }

// Standing is the decoded standing word.
type Standing struct {
	Endorsed uint64 // mantissa
	Time     uint64
	Received uint64
	Epoch    uint64
	MinRep   uint64
}

// ParseStanding decodes a standing word.
func ParseStanding(w Word) Standing {
	return Standing{
		Endorsed: w.Bits(StEndorsed, StEndorsedW), Time: w.Bits(StTime, StTimeW),
		Received: w.Bits(StReceived, StReceivedW), Epoch: w.Bits(StEpoch, StEpochW),
		MinRep: w.Bits(StMinRep, StMinRepW),
	}
}

// Word encodes the standing as the contract stores it.
func (s Standing) Word() Word {
	var w Word
	w = w.With(StEndorsed, StEndorsedW, s.Endorsed).With(StTime, StTimeW, s.Time)
	w = w.With(StReceived, StReceivedW, s.Received).With(StEpoch, StEpochW, s.Epoch)
	return w.With(StMinRep, StMinRepW, s.MinRep)
}

// EndorsedAt is the decayed endorsed reputation at now.
func (s Standing) EndorsedAt(now uint64) uint64 {
	return Decayed(s.Endorsed, s.Time, now, EndorsedHalfLife)
}

// TotalRep is an account's earned plus endorsed reputation at now (the
// standing counts only when the account's HasStanding flag is set, as in the
// contract).
func TotalRep(a Account, s Standing, now uint64) uint64 {
	r := a.RepAt(now)
	if a.HasStanding {
		r += s.EndorsedAt(now)
	}
	return r
}

// Pair is the decoded pair word; index 0 is the direction lo→hi, 1 is hi→lo.
type Pair struct {
	Owed    [2]uint64 // Owed[0] to lo, Owed[1] to hi (gwei)
	Hour    uint64
	Count   [2]uint64 // mantissas: Count[0] lo→hi, Count[1] hi→lo
	Paid    [2]uint64 // hour of the last paid mail (or of the spam mark while Marked)
	Burn    [2]uint64 // Σ burn of the paid mails still pending an ack (gwei, saturating)
	Pending [2]uint64
	Cold    [2]bool
	Marked  [2]bool
	// Blocks[0]: lo blocks hi's mail; Blocks[1]: hi blocks lo's mail.
	Blocks [2]bool
}

// ParsePair decodes a pair word.
func ParsePair(w Word) Pair {
	var p Pair
	p.Owed = [2]uint64{w.Bits(PairOwedLo, PairOwedW), w.Bits(PairOwedHi, PairOwedW)}
	p.Hour = w.Bits(PairHour, PairHourW)
	for d := uint(0); d < 2; d++ {
		b := PairDir + PairDirW*d
		p.Count[d] = w.Bits(PairCount+20*d, PairCountW)
		p.Paid[d] = w.Bits(b+PairPaid, PairPaidW)
		p.Burn[d] = w.Bits(b+PairBurn, PairBurnW)
		p.Pending[d] = w.Bits(b+PairPend, PairPendW)
		p.Cold[d] = w.Bit(b + PairCold)
		p.Marked[d] = w.Bit(b + PairMark)
		p.Blocks[d] = w.Bit(PairBlock + d)
	}
	return p
}

// Word encodes the pair as the contract stores it.
func (p Pair) Word() Word {
	var w Word
	w = w.With(PairOwedLo, PairOwedW, p.Owed[0]).With(PairOwedHi, PairOwedW, p.Owed[1])
	w = w.With(PairHour, PairHourW, p.Hour)
	for d := uint(0); d < 2; d++ {
		b := PairDir + PairDirW*d
		w = w.With(PairCount+20*d, PairCountW, p.Count[d])
		w = w.With(b+PairPaid, PairPaidW, p.Paid[d])
		w = w.With(b+PairBurn, PairBurnW, p.Burn[d])
		w = w.With(b+PairPend, PairPendW, p.Pending[d])
		w = w.WithBit(b+PairCold, p.Cold[d]).WithBit(b+PairMark, p.Marked[d]).WithBit(PairBlock+d, p.Blocks[d])
	}
	return w
}

// Rebase moves the pair's count mantissas to nowH's epoch (hours) and sets Hour.
func (p Pair) Rebase(nowH uint64) Pair {
	if p.Hour == nowH {
		return p
	}
	for d := 0; d < 2; d++ {
		p.Count[d] = Shift(p.Count[d], p.Hour, nowH, PairHalfLifeH)
	}
	p.Hour = nowH
	return p
}

// CountAt is the decayed count of direction d at nowH (hours).
func (p Pair) CountAt(d int, nowH uint64) uint64 {
	return Decayed(p.Count[d], p.Hour, nowH, PairHalfLifeH)
}

// PairTick is the pair grid's tick index at nowH (hours; tick = 12 h).
func PairTick(nowH uint64) uint64 { return TickIndex(nowH, PairHalfLifeH) }

// Dir is the direction index of mail from the sender: 0 when the sender is
// the lower address, 1 otherwise.
func Dir(senderIsLo bool) int {
	if senderIsLo {
		return 0
	}
	return 1
}
