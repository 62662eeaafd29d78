package ledger

import (
	"fmt"
	"strings"

	"github.com/bmail-network/bmail/internal/chainmath"
	"github.com/bmail-network/bmail/pricing"
	"github.com/bmail-network/bmail/reputation"
)

// Simulations of the attacks the reputation rules are built to resist. Each
// runs the Ledger (the contract's exact twin) and reports numbers; the tests
// assert the properties and cmd/simulate prints them for the README.

// SimStart is the simulations' start time (2026-01-01T00:00:00Z).
const SimStart = 1_767_225_600

const day = 86_400

func simAddr(prefix byte, i int) Address {
	var a Address
	a[0] = prefix
	a[18] = byte(i >> 8)
	a[19] = byte(i)
	return a
}

// SybilResult is simulation (a), in reputation and in money.
type SybilResult struct {
	Members, Days int
	// The ring phase: members pay the next member round a ring once a day
	// and ack every mail valuable at once.
	FeesPaid  uint64 // gwei of fees paid to ring members (they come back to the ring)
	Burned    uint64 // gwei burned (lost: the ring's cost)
	Minted    uint64 // reputation minted, = the credit granted
	RingSaved uint64 // credit spent on the ring's own mail (gwei of price)
	HeldAtEnd uint64 // Σ balanceOf of the ring at the end
	// MaxMintPermil is the largest minted/share ratio of one ack, per mille
	// (the rule's bound: 500, ρ = 1/2 at full standing).
	MaxMintPermil uint64
	// The cash-out phase: every member cold-mails strangers, two hours
	// apart, until its credit pays nothing more.
	CashoutMails     int
	Discount         uint64 // gwei of price the credit took off (Σ price without reputation − price paid)
	CreditLeft       uint64
	NewcomerPrice    uint64 // price (fee + burn) of a newcomer's cold 4 KiB mail
	MemberFirstPrice uint64 // a member's first cold mail after the ring phase
	// An honest sender for contrast: one cold mail a day to an established
	// reader (standing 1) who values it at once.
	HonestFirstPrice, HonestSteadyPrice uint64
}

// SimulateSybilRing runs (a): members pay each other round a ring once a day
// and ack every mail valuable at once (the best case for them), then spend
// every gwei of the credit that bought on cold mail to strangers.
func SimulateSybilRing(members, days int) SybilResult {
	l := NewLedger()
	r := SybilResult{Members: members, Days: days}
	ring := make([]Address, members)
	for i := range ring {
		ring[i] = simAddr(0xa0, i)
		_ = l.Deposit(ring[i], 1_000_000_000)
	}
	mail := func(now uint64, from, to Address) Delivery {
		dl, err := l.Send(now, from, Mail{Network: pricing.PersonalID, To: to, Size: 4096, MaxFee: 1 << 40})
		if err != nil {
			panic(err)
		}
		return dl
	}
	for d := 0; d < days; d++ {
		now := uint64(SimStart + d*day)
		for i := range ring {
			to := ring[(i+1)%members]
			dl := mail(now, ring[i], to)
			r.Burned += dl.Burn
			r.FeesPaid += dl.Fee
			r.RingSaved += dl.CreditUsed
			pw, d := l.Pairs[KeyOf(ring[i], to)], dirOf(ring[i], to)
			share := pw.Burn[d] / pw.Pending[d] // what the ack below mints from
			m, err := l.Ack(now+60, to, ring[i], reputation.Valuable)
			if err != nil {
				panic(err)
			}
			r.Minted += m
			if share > 0 {
				r.MaxMintPermil = max(r.MaxMintPermil, m*1000/share)
			}
		}
	}
	end := uint64(SimStart + days*day)
	for _, a := range ring {
		r.HeldAtEnd += l.BalanceOf(end, a)
	}
	newcomer := pricing.Compute(pricing.Personal, pricing.Inputs{Size: 4096, Recipients: 1})
	r.NewcomerPrice = newcomer.Price()
	stranger := 0
	for i, a := range ring {
		for k := 0; ; k++ {
			now := end + uint64(k)*7200
			stranger++
			dl := mail(now, a, simAddr(0xaf, stranger))
			if i == 0 && k == 0 {
				r.MemberFirstPrice = dl.Fee + dl.Burn
			}
			r.CashoutMails++
			r.Discount += dl.CreditUsed
			if dl.CreditUsed == 0 {
				break
			}
		}
		r.CreditLeft += l.Accounts[a].Credit
	}
	r.HonestFirstPrice, r.HonestSteadyPrice = honestSender(60)
	return r
}

// honestSender cold-mails a new established reader once a day for `days`
// days; each reader values the mail at once. It returns the first and the
// last price paid.
func honestSender(days int) (first, last uint64) {
	l := NewLedger()
	s := simAddr(0xa8, 0)
	_ = l.Deposit(s, 1_000_000_000)
	for d := 0; d < days; d++ {
		now := uint64(SimStart + d*day)
		reader := simAddr(0xa9, d)
		acct := l.Accounts[reader]
		acct.Day = now / day
		acct.Rep = chainmath.Grow(reputation.StandingFull+2, chainmath.TickIndex(now, pricing.RepHalfLife))
		l.Accounts[reader] = acct
		dl, err := l.Send(now, s, Mail{Network: pricing.PersonalID, To: reader, Size: 4096, MaxFee: 1 << 40})
		if err != nil {
			panic(err)
		}
		if d == 0 {
			first = dl.Fee + dl.Burn
		}
		last = dl.Fee + dl.Burn
		if _, err := l.Ack(now+60, reader, s, reputation.Valuable); err != nil {
			panic(err)
		}
	}
	return first, last
}

func dirOf(from, to Address) int {
	if to.Less(from) {
		return 1
	}
	return 0
}

func (r SybilResult) String() string {
	var s strings.Builder
	fmt.Fprintf(&s, "(a) sybil ring: %d accounts pay and ack each other daily for %d days (personal network, 4 KiB)\n", r.Members, r.Days)
	fmt.Fprintf(&s, "    paid: fees %d gwei (to ring members: they come back) + burn %d gwei (lost) + relay fees 0\n", r.FeesPaid, r.Burned)
	fmt.Fprintf(&s, "    reputation minted %d (= credit granted), held at the end %d: minted/burned = %.3f (bound 0.5)\n",
		r.Minted, r.HeldAtEnd, float64(r.Minted)/float64(r.Burned))
	fmt.Fprintf(&s, "    largest single ack minted %.1f%% of its share of the pending burn (bound 50%%)\n", float64(r.MaxMintPermil)/10)
	fmt.Fprintf(&s, "    credit spent on the ring's own mail %d gwei; then %d cold mails to strangers spend the rest: %d gwei\n",
		r.RingSaved, r.CashoutMails, r.Discount)
	fmt.Fprintf(&s, "    (a newcomer's cold mail costs %d gwei with burn, a member's first after the ring %d)\n", r.NewcomerPrice, r.MemberFirstPrice)
	total := r.RingSaved + r.Discount
	fmt.Fprintf(&s, "    money: paid %d fees + %d burn; total discount obtained %d gwei (credit left %d) = %.3f of the burn, ≤ minted;\n",
		r.FeesPaid, r.Burned, total, r.CreditLeft, float64(total)/float64(r.Burned))
	fmt.Fprintf(&s, "    even with every fee returned to the ring it lost %d gwei net\n", int64(r.Burned)-int64(total))
	fmt.Fprintf(&s, "    an honest sender valued daily by established readers: %d gwei the first day, %d after 60 days\n",
		r.HonestFirstPrice, r.HonestSteadyPrice)
	return s.String()
}

// SpamAmongPraiseResult is simulation (b).
type SpamAmongPraiseResult struct {
	Praises                    int
	PriceAfterPraise           uint64 // the sender's next cold mail after the praises
	PriceAfterPraiseAndOneMark uint64
	RepAfterPraise             uint64
}

// SimulateSpamAmongPraise runs (b): a sender cold-mails 21 people; 20 find it
// mildly valuable (they ack late, near the end of the window), one marks it
// spam. The price of the sender's next cold mail with and without that mark.
func SimulateSpamAmongPraise(praises int) SpamAmongPraiseResult {
	res := SpamAmongPraiseResult{Praises: praises}
	run := func(mark bool) (uint64, uint64) {
		l := NewLedger()
		s := simAddr(0xb0, 0)
		_ = l.Deposit(s, 1_000_000_000)
		now := uint64(SimStart)
		var rs []Address
		for i := 0; i <= praises; i++ {
			r := simAddr(0xb1, i)
			rs = append(rs, r)
			if _, err := l.Send(now, s, Mail{Network: pricing.PersonalID, To: r, Size: 4096, MaxFee: 1 << 40}); err != nil {
				panic(err)
			}
		}
		late := now + 600*3600 // mild praise: acked 25 days later
		for i := 0; i < praises; i++ {
			if _, err := l.Ack(late, rs[i], s, reputation.Valuable); err != nil {
				panic(err)
			}
		}
		if mark {
			if _, err := l.Ack(late, rs[praises], s, reputation.Spam); err != nil {
				panic(err)
			}
		}
		a := l.Accounts[s]
		fee := pricing.Fee(pricing.Personal, pricing.Inputs{Size: 4096, Recipients: 1, Rate: a.RateAt(late), Rep: l.BalanceOf(late, s),
			Spam: a.SpamAt(late), Credit: a.Credit})
		return fee, l.BalanceOf(late, s)
	}
	res.PriceAfterPraise, res.RepAfterPraise = run(false)
	res.PriceAfterPraiseAndOneMark, _ = run(true)
	return res
}

func (r SpamAmongPraiseResult) String() string {
	return fmt.Sprintf("(b) one spam mark among %d mild praises: next cold mail %d gwei with praise only (reputation %d), %d gwei with the mark (+%.1f%%): marks are never netted against praise\n",
		r.Praises, r.PriceAfterPraise, r.RepAfterPraise, r.PriceAfterPraiseAndOneMark,
		100*(float64(r.PriceAfterPraiseAndOneMark)/float64(r.PriceAfterPraise)-1))
}

// ProvokedSpamResult is simulation (c).
type ProvokedSpamResult struct {
	MarkError                       error  // what the contract answers the sybil's mark
	VictimSpam                      uint64 // the victim's spam counter afterwards
	VictimFeeBefore, VictimFeeAfter uint64
}

// SimulateProvokedSpam runs (c): a sybil cold-mails the victim, the victim
// replies, the sybil tries to mark the reply as spam.
func SimulateProvokedSpam() ProvokedSpamResult {
	l := NewLedger()
	sybil, victim := simAddr(0xc0, 0), simAddr(0xc1, 0)
	_ = l.Deposit(sybil, 1_000_000_000)
	_ = l.Deposit(victim, 1_000_000_000)
	now := uint64(SimStart)
	quote := func(t uint64) uint64 {
		a := l.Accounts[victim]
		return pricing.Fee(pricing.Personal, pricing.Inputs{Size: 4096, Recipients: 1, Rate: a.RateAt(t), Rep: l.BalanceOf(t, victim),
			Spam: a.SpamAt(t), Credit: a.Credit})
	}
	var r ProvokedSpamResult
	if _, err := l.Send(now, sybil, Mail{Network: pricing.PersonalID, To: victim, Size: 4096, MaxFee: 1 << 40}); err != nil {
		panic(err)
	}
	if _, err := l.Send(now+3600, victim, Mail{Network: pricing.PersonalID, To: sybil, Size: 4096, MaxFee: 1 << 40}); err != nil {
		panic(err)
	}
	r.VictimFeeBefore = quote(now + 7200)
	_, r.MarkError = l.Ack(now+7200, sybil, victim, reputation.Spam)
	r.VictimSpam = l.Accounts[victim].SpamAt(now + 7200)
	r.VictimFeeAfter = quote(now + 7200)
	return r
}

func (r ProvokedSpamResult) String() string {
	return fmt.Sprintf("(c) provoked spam: the sybil's mark on the victim's reply is refused (%v); victim's spam counter %d, its cold-mail price %d → %d gwei\n",
		r.MarkError, r.VictimSpam, r.VictimFeeBefore, r.VictimFeeAfter)
}

// DecayTouchResult is simulation (d).
type DecayTouchResult struct {
	Days                        int
	EveryMinute, OnceAMonth     pricing.Account
	ValueEveryMinute, ValueOnce [3]uint64 // rate, rep, spam at the end
	NaiveEveryMinute, NaiveOnce uint64    // naive lazy decay of the same reputation
}

// SimulateDecayTouch runs (d): the same account touched every minute, once a
// month and never, over `days`; and a naive lazy decay (value × 2^(−elapsed
// whole ticks/64) from the last touch) for contrast.
func SimulateDecayTouch(days int) DecayTouchResult {
	start := uint64(SimStart)
	a := pricing.Account{Day: start / day,
		Rate: mantissaFor(300*pricing.CountUnit, start, pricing.RateHalfLife),
		Rep:  mantissaFor(1_000_000, start, pricing.RepHalfLife),
		Spam: mantissaFor(5*pricing.CountUnit, start, pricing.SpamHalfLife)}
	res := DecayTouchResult{Days: days}
	end := start + uint64(days)*day
	every, once := a, a
	naiveE, naiveTE := uint64(1_000_000), start
	naiveO, naiveTO := uint64(1_000_000), start
	const tick = pricing.RepHalfLife / 64
	// naive decays by the whole ticks elapsed since the last touch and
	// restarts the clock at the touch, forgetting the fraction of a tick.
	naive := func(v, t, now uint64) (uint64, uint64) {
		n := (now - t) / tick
		return chainmath.ValueAt(v>>(n/64), n%64), now
	}
	for t := start; t <= end; t += 60 {
		every = every.Rebase(t)
		naiveE, naiveTE = naive(naiveE, naiveTE, t)
		if (t-start)%(30*day) == 0 {
			once = once.Rebase(t)
			naiveO, naiveTO = naive(naiveO, naiveTO, t)
		}
	}
	res.EveryMinute, res.OnceAMonth = every.Rebase(end), once.Rebase(end)
	res.ValueEveryMinute = [3]uint64{every.RateAt(end), every.RepAt(end), every.SpamAt(end)}
	res.ValueOnce = [3]uint64{once.RateAt(end), once.RepAt(end), once.SpamAt(end)}
	res.NaiveEveryMinute, _ = naive(naiveE, naiveTE, end)
	res.NaiveOnce, _ = naive(naiveO, naiveTO, end)
	return res
}

func (r DecayTouchResult) String() string {
	same := r.ValueEveryMinute == r.ValueOnce && r.EveryMinute == r.OnceAMonth
	return fmt.Sprintf("(d) touched every minute vs once a month for %d days: rate/rep/spam %v vs %v (identical: %v); naive lazy decay of rep 1,000,000: %d every minute (frozen) vs %d monthly\n",
		r.Days, r.ValueEveryMinute, r.ValueOnce, same, r.NaiveEveryMinute, r.NaiveOnce)
}

// mantissaFor is the epoch-form mantissa whose value at t is (about) v: what
// adding v to an empty quantity at t stores.
func mantissaFor(v, t, halfLife uint64) uint64 {
	return chainmath.Grow(v, chainmath.TickIndex(t, halfLife))
}

// YearRow is one line of simulation (e).
type YearRow struct {
	Day                 int
	Rep, Endorsed, Spam uint64 // values of 1,000,000 rep, 1,000,000 endorsed, 10 marks (×256)
	Rate, Pair          uint64 // 100 mails of rate and of pair count (×256)
}

// SimulateYear runs (e): one year of decay of every quantity, sampled monthly.
func SimulateYear() []YearRow {
	start := uint64(SimStart)
	rep := mantissaFor(1_000_000, start, pricing.RepHalfLife)
	end := mantissaFor(1_000_000, start, pricing.EndorsedHalfLife)
	spam := mantissaFor(10*pricing.CountUnit, start, pricing.SpamHalfLife)
	rate := mantissaFor(100*pricing.CountUnit, start, pricing.RateHalfLife)
	pair := mantissaFor(100*pricing.CountUnit, start/3600, pricing.PairHalfLifeH)
	var rows []YearRow
	for d := 0; d <= 365; d += 30 {
		now := start + uint64(d)*day
		if d == 360 {
			now = start + 365*day
			d = 365
		}
		rows = append(rows, YearRow{
			Day:      d,
			Rep:      chainmath.Decayed(rep, start, now, pricing.RepHalfLife),
			Endorsed: chainmath.Decayed(end, start, now, pricing.EndorsedHalfLife),
			Spam:     chainmath.Decayed(spam, start, now, pricing.SpamHalfLife),
			Rate:     chainmath.Decayed(rate, start, now, pricing.RateHalfLife),
			Pair:     chainmath.Decayed(pair, start/3600, now/3600, pricing.PairHalfLifeH),
		})
	}
	return rows
}

// YearTable renders simulation (e).
func YearTable(rows []YearRow) string {
	var s strings.Builder
	s.WriteString("(e) a year of decay (start: rep 1,000,000; endorsed 1,000,000; 10 spam marks; rate 100 mails; pair count 100 mails)\n")
	s.WriteString("    day        rep   endorsed  spam-marks  rate-mails  pair-mails\n")
	for _, r := range rows {
		fmt.Fprintf(&s, "    %3d %10d %10d %11.2f %11.2f %11.2f\n", r.Day, r.Rep, r.Endorsed,
			float64(r.Spam)/pricing.CountUnit, float64(r.Rate)/pricing.CountUnit, float64(r.Pair)/pricing.CountUnit)
	}
	return s.String()
}
