package pricing

import "github.com/bmail-network/bmail/internal/chainmath"

// The contract's storage words and their layout, shared with package
// reputation through internal/chainmath and re-exported here for clients
// that quote from cached chain state.
type (
	// Word is one 256-bit storage word as 32 big-endian bytes.
	Word = chainmath.Word
	// Account is the decoded account word.
	Account = chainmath.Account
	// Standing is the decoded standing word.
	Standing = chainmath.Standing
	// Pair is the decoded pair word (index 0: mail lo→hi, 1: hi→lo).
	Pair = chainmath.Pair
)

// Layout constants (SPEC.md §7.4) and contract constants.
const (
	AccBalance, AccBalanceW     = chainmath.AccBalance, chainmath.AccBalanceW
	AccDay, AccDayW             = chainmath.AccDay, chainmath.AccDayW
	AccRate, AccRateW           = chainmath.AccRate, chainmath.AccRateW
	AccRep, AccRepW             = chainmath.AccRep, chainmath.AccRepW
	AccSpam, AccSpamW           = chainmath.AccSpam, chainmath.AccSpamW
	AccCredit, AccCreditW       = chainmath.AccCredit, chainmath.AccCreditW
	AccNonceBase, AccNonceBaseW = chainmath.AccNonceBase, chainmath.AccNonceBaseW
	AccNonceBits, AccNonceBitsW = chainmath.AccNonceBits, chainmath.AccNonceBitsW
	AccHasStanding              = chainmath.AccHasStanding

	RateHalfLife     = chainmath.RateHalfLife
	RepHalfLife      = chainmath.RepHalfLife
	SpamHalfLife     = chainmath.SpamHalfLife
	EndorsedHalfLife = chainmath.EndorsedHalfLife
	PairHalfLife     = chainmath.PairHalfLife
	PairHalfLifeH    = chainmath.PairHalfLifeH

	CountUnit   = chainmath.CountUnit
	ColdBelow   = chainmath.ColdBelow
	Bucket      = chainmath.Bucket
	MaxSize     = chainmath.MaxSize
	NonceWindow = chainmath.NonceWindow
)

// WordFromBig converts a uint256 (as a big.Int) to a Word.
var WordFromBig = chainmath.WordFromBig

// ParseAccount, ParseStanding and ParsePair decode the contract's words.
var (
	ParseAccount  = chainmath.ParseAccount
	ParseStanding = chainmath.ParseStanding
	ParsePair     = chainmath.ParsePair
)

// Dir is the direction index of mail from the sender (0 when the sender is the lower address).
func Dir(senderIsLo bool) int { return chainmath.Dir(senderIsLo) }

// TotalRep is an account's earned plus endorsed reputation at now.
func TotalRep(a Account, s Standing, now uint64) uint64 { return chainmath.TotalRep(a, s, now) }
