// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {Decay} from "./Decay.sol";

/// @title BMail: paid mail settlement, reputation and key directory.
/// @notice One immutable contract with no owner, no admin key and no upgrade
/// path. Amounts are gwei in uint64. Every formula, unit and storage layout is
/// written in SPEC.md §7; the Go twins (packages pricing and reputation)
/// compute the same integers.
///
/// Storage: one packed account slot per address (balance, time, rate,
/// reputation, spam marks, nonce window, flags), one packed pair slot per
/// unordered pair of addresses (counts each way, time, last paid each way,
/// burn of the last paid mail each way, pending acks, cold/marked/block bits
/// and the amount owed to each side), one standing slot per address
/// (endorsed reputation, endorsement intake, first-contact minimum) and one
/// withdrawal slot per address that the mail paths never read.
contract BMail {
    // ------------------------------------------------------------------
    // Types
    // ------------------------------------------------------------------

    /// @notice Prices of a network. Immutable once created; id = keccak256(abi.encode(params)).
    struct Params {
        uint32 base; // gwei for the first 4 KiB bucket of a cold message
        uint32 perBucket; // gwei for each further 4 KiB bucket
        uint16 rateFree; // sender's decayed recent count (mails) below which there is no escalation
        uint16 rateStep; // every rateStep mails above rateFree add +100%
        uint8 replyWeight; // reply discount: fee × (1+fwd)/(1+fwd+replyWeight×rev)
        uint32 repThreshold; // reputation where the newcomer surcharge ends and discounts start
        uint16 repDiscountBps; // discount at 2×repThreshold and above
        uint16 newcomerSurchargeBps; // surcharge at reputation 0, falling linearly to 0 at repThreshold
        uint16 spamSurchargeBps; // surcharge per spam mark (decayed)
        uint16 recipientBps; // per-recipient price grows by this for each further recipient
        uint16 relayCapBps; // relay fee cap: max(fee × relayCapBps, relayFlat)
        uint32 relayFlat; // gwei a relay may always charge (≤ 1,000,000; stored in 24 bits)
        uint16 burnBps; // burned on top of the fee, ≥ 5%
    }

    // ------------------------------------------------------------------
    // Constants
    // ------------------------------------------------------------------

    string public constant name = "b-mail reputation";
    string public constant symbol = "BREP";
    uint8 public constant decimals = 0;

    uint256 internal constant GWEI = 1e9;
    uint256 internal constant M3 = 0x7;
    uint256 internal constant M16 = 0xffff;
    uint256 internal constant M31 = 0x7fffffff;
    uint256 internal constant M20 = 0xfffff;
    uint256 internal constant M24 = 0xffffff;
    uint256 internal constant M32 = 0xffffffff;
    uint256 internal constant M40 = 0xffffffffff;
    uint256 internal constant M48 = 0xffffffffffff;
    uint256 internal constant M64 = 0xffffffffffffffff;
    uint256 internal constant M72 = 0xffffffffffffffffff;

    /// @notice Half-lives in seconds (tick = half-life / 64).
    uint256 internal constant RATE_HALF_LIFE = 1 days;
    uint256 internal constant REP_HALF_LIFE = 64 days;
    uint256 internal constant SPAM_HALF_LIFE = 128 days;
    uint256 internal constant ENDORSED_HALF_LIFE = 16 days; // 4× faster than REP
    uint256 internal constant PAIR_HALF_LIFE = 32 days;
    uint256 internal constant PAIR_HALF_LIFE_H = 768; // hours
    uint256 internal constant PAIR_TICK_H = 12; // hours

    /// @notice One mail in rate and pair-count units; one mark in spam units.
    uint256 internal constant COUNT_UNIT = 256;
    /// @notice A pair direction is cold when the reverse count is below this (units).
    uint256 internal constant COLD_BELOW = 16;
    /// @notice Pending acks per direction saturate here.
    uint256 internal constant MAX_PENDING = 7;
    /// @notice Acks are accepted while the mail is younger than this (hours).
    uint256 internal constant ACK_WINDOW_HOURS = 720;
    /// @notice Minting: ρ = 1/2 of the acked mail's burn, times standing (¼..1) and age weight.
    uint256 internal constant RHO_DEN = 2;
    /// @notice Acker reputation at which an ack counts fully (standing 1).
    uint256 internal constant STANDING_FULL = 10_000;
    /// @notice Reputation an endorser must keep.
    uint256 internal constant ENDORSE_FLOOR = 1_000;
    /// @notice Endorsed reputation an account may receive per REP_HALF_LIFE epoch.
    uint256 internal constant ENDORSE_MAX = 10_000;
    /// @notice Largest priced size (bytes) and the size bucket.
    uint256 internal constant MAX_SIZE = 1 << 24;
    uint256 internal constant BUCKET = 4096;
    /// @notice Orders may not be valid for more than this ahead of the block time.
    uint256 internal constant MAX_DEADLINE_AHEAD = 1 hours;
    /// @notice Withdrawal delay between request and completion.
    uint256 internal constant WITHDRAW_DELAY = 1 hours;
    /// @notice Nonce window width (bits in the account slot).
    uint256 internal constant NONCE_WINDOW = 31;
    /// @notice Bytes per packed order record in settle(), and per recipient in its table.
    uint256 internal constant ORDER_BYTES = 123;
    uint256 internal constant RECIPIENT_BYTES = 20;
    uint256 internal constant MAX_RECIPIENTS = 1024;

    uint256 internal constant SECP256K1_HALF_N =
        0x7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0;

    bytes32 internal constant ORDER_TYPEHASH = keccak256(
        "Order(bytes32 network,address to,bytes32 secret,uint32 size,uint64 maxFee,uint64 relayFee,uint32 nonce,uint64 deadline,address relay)"
    );
    bytes32 internal constant DOMAIN_TYPEHASH =
        keccak256("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)");
    bytes32 internal constant DOMAIN_NAME_HASH = keccak256("BMail");
    bytes32 internal constant DOMAIN_VERSION_HASH = keccak256("1");

    // Account slot layout (bit offsets).
    uint256 internal constant A_DAY = 64; // u16 day of the last touch (every half-life is whole days)
    uint256 internal constant A_RATE = 80; // u24 epoch-form, H = RATE_HALF_LIFE
    uint256 internal constant A_REP = 104; // u40 epoch-form, H = REP_HALF_LIFE
    uint256 internal constant A_SPAM = 144; // u16 epoch-form, H = SPAM_HALF_LIFE
    uint256 internal constant A_CREDIT = 160; // u32 gwei of discount the reputation can still pay
    uint256 internal constant A_NBASE = 192; // u32
    uint256 internal constant A_NBITS = 224; // u31
    uint256 internal constant A_HAS_STANDING = 255; // flag: endorsed reputation present

    // Pair slot layout (bit offsets); "LH" = mail from the lower address to the higher.
    uint256 internal constant P_OWED_LO = 0; // u48 gwei owed to lo
    uint256 internal constant P_OWED_HI = 48; // u48 gwei owed to hi
    uint256 internal constant P_T = 96; // u24 hours
    uint256 internal constant P_CNT = 120; // u20 LH at 120, HL at 140 (epoch-form, hours grid)
    // Each direction's ack fields form one 45-bit block at P_DIR + 45·d (LH at
    // 160, HL at 205); offsets within the block:
    uint256 internal constant P_DIR = 160;
    uint256 internal constant P_PAID = 0; // u24 hour of the last paid mail (or of the spam mark)
    uint256 internal constant P_BURN = 24; // u16 Σ burn of the pending paid mails (gwei, saturating)
    uint256 internal constant P_PEND = 40; // u3 pending acks
    uint256 internal constant P_COLD = 43; // the last paid mail was cold
    uint256 internal constant P_MARK = 44; // spam-marked within the ack window
    uint256 internal constant P_BLOCK = 250; // 250: lo blocks hi, 251: hi blocks lo

    // Standing slot layout.
    uint256 internal constant S_END = 0; // u40 epoch-form, H = ENDORSED_HALF_LIFE
    uint256 internal constant S_T = 40; // u32 seconds
    uint256 internal constant S_RECV = 72; // u40 received this REP epoch
    uint256 internal constant S_EPOCH = 112; // u16 REP epoch of S_RECV
    uint256 internal constant S_MINREP = 128; // u40

    /// @notice Reason codes for skipped orders and broadcast recipients.
    uint8 internal constant SKIP_BAD_SIGNATURE = 1; // ecrecover failed, zero signer, v not 27/28
    uint8 internal constant SKIP_HIGH_S = 2;
    uint8 internal constant SKIP_UNKNOWN_SIGNER = 3; // signer has no account: signed other data (wrong relay, altered order)
    uint8 internal constant SKIP_EXPIRED = 4;
    uint8 internal constant SKIP_DEADLINE_TOO_FAR = 5;
    uint8 internal constant SKIP_NONCE_TOO_LOW = 6; // below the window or cancelled
    uint8 internal constant SKIP_NONCE_USED = 7; // replayed
    uint8 internal constant SKIP_UNKNOWN_NETWORK = 8;
    uint8 internal constant SKIP_BAD_RECIPIENT = 9;
    uint8 internal constant SKIP_BAD_SIZE = 10;
    uint8 internal constant SKIP_BLOCKED = 11;
    uint8 internal constant SKIP_BELOW_MIN_REPUTATION = 12;
    uint8 internal constant SKIP_FEE_ABOVE_MAX = 13;
    uint8 internal constant SKIP_RELAY_FEE_ABOVE_CAP = 14;
    uint8 internal constant SKIP_INSUFFICIENT_BALANCE = 15;
    uint8 internal constant SKIP_OWED_OVERFLOW = 16;
    uint8 internal constant SKIP_BAD_RELAY = 17;

    /// @notice Ack verdicts.
    uint8 internal constant ABSTAIN = 0;
    uint8 internal constant VALUABLE = 1;
    uint8 internal constant SPAM = 2;

    // ------------------------------------------------------------------
    // Storage
    // ------------------------------------------------------------------

    mapping(address => uint256) internal _accounts;
    mapping(address => uint256) internal _standing;
    mapping(address => uint256) internal _withdrawals; // amount u64 | readyAt u64 << 64
    mapping(address => bytes32) public bundleOf;
    mapping(bytes32 => uint256) internal _networks; // packed Params
    /// @notice Reputation issued minus reputation burned: an upper bound of Σ balanceOf.
    uint256 public totalSupply;

    bool transient _locked;

    // Pair slots live at keccak256(lo, hi | PAIR_TAG << 160): outside Solidity's mapping space.
    uint256 internal constant PAIR_TAG = 0xb3a11;

    bytes32 public immutable PERSONAL;
    bytes32 public immutable NEWSLETTER;
    uint256 internal immutable _personalWord;
    uint256 internal immutable _newsletterWord;
    uint256 internal immutable _chainId;
    bytes32 internal immutable _domainSeparator;

    // ------------------------------------------------------------------
    // Events
    // ------------------------------------------------------------------

    event Registered(address indexed account, bytes32 bundleHash);
    event NetworkCreated(bytes32 indexed id, Params params);
    event Deposited(address indexed account, uint64 amount);
    event Claimed(address indexed account, address indexed from, uint64 amount);
    event WithdrawalRequested(address indexed account, uint64 amount, uint64 readyAt);
    event Withdrawn(address indexed account, address to, uint64 amount);
    /// @notice A paid mail. Anonymous, so its only topic is the recipient
    /// (left-padded): filter on it to find mail to an address. payment = from
    /// (20 bytes) ‖ fee (8) ‖ size (4); relaying = relay (20) ‖ relayFee (8) ‖ 0 (4).
    event Delivered(address indexed to, bytes32 secret, bytes32 network, bytes32 payment, bytes32 relaying) anonymous;
    event OrderSkipped(address indexed from, uint32 nonce, uint16 index, uint8 reason);
    event RecipientSkipped(address indexed from, address indexed to, uint8 reason);
    event Settled(address indexed relay, uint32 delivered, uint32 skipped, uint64 relayFees);
    event Acked(address indexed sender, address indexed acker, uint8 verdict, uint64 minted);
    event Endorsed(address indexed from, address indexed to, uint64 amount, uint64 received);
    event Transfer(address indexed from, address indexed to, uint256 value);
    event NoncesCancelled(address indexed account, uint32 below);
    event MinReputationSet(address indexed account, uint64 minimum);
    event BlockSet(address indexed account, address indexed sender, bool blocked);

    // ------------------------------------------------------------------
    // Errors
    // ------------------------------------------------------------------

    error UnknownNetwork(bytes32 network);
    error NetworkExists(bytes32 network);
    error BadNetworkParams(uint8 field);
    error BadRecipient();
    error BadSize(uint32 size);
    error BadRelay();
    error Blocked();
    error BelowMinReputation(uint64 reputation, uint64 minimum);
    error FeeAboveMax(uint64 price, uint64 maxFee);
    error RelayFeeAboveCap(uint64 relayFee, uint64 cap);
    error InsufficientBalance(uint64 balance, uint64 needed);
    error OwedOverflow();
    error BalanceOverflow();
    error NotWholeGwei();
    error NoPendingMail();
    error AlreadyAcked();
    error AckWindowClosed();
    error NotColdMail();
    error SpamAlreadyMarked();
    error BadVerdict();
    error NoWithdrawalRequested();
    error WithdrawalNotReady(uint64 readyAt);
    error EndorseBeyondFloor(uint64 available);
    error EndorseCapExceeded(uint64 room);
    error NotTransferable();
    error Reentrancy();
    error TransferFailed();
    error BadOrders();
    error TooManyRecipients();
    error LengthMismatch();

    // ------------------------------------------------------------------
    // Construction: the two presets
    // ------------------------------------------------------------------

    constructor() {
        Params memory personal = _personalParams();
        Params memory newsletter = _newsletterParams();
        PERSONAL = _createNetwork(personal);
        NEWSLETTER = _createNetwork(newsletter);
        _personalWord = _pack(personal);
        _newsletterWord = _pack(newsletter);
        _chainId = block.chainid;
        _domainSeparator = _buildDomainSeparator();
    }

    /// @notice The personal preset: strangers pay cents, replies near zero.
    function _personalParams() internal pure returns (Params memory) {
        return Params({
            base: 5_000,
            perBucket: 500,
            rateFree: 20,
            rateStep: 10,
            replyWeight: 50,
            repThreshold: 5_000,
            repDiscountBps: 5_000,
            newcomerSurchargeBps: 10_000,
            spamSurchargeBps: 2_500,
            recipientBps: 1_000,
            relayCapBps: 3_000,
            relayFlat: 2_000,
            burnBps: 1_000
        });
    }

    /// @notice The newsletter preset: cheap per recipient, mass cold mail grows expensive.
    function _newsletterParams() internal pure returns (Params memory) {
        return Params({
            base: 1_000,
            perBucket: 100,
            rateFree: 2_000,
            rateStep: 2_000,
            replyWeight: 10,
            repThreshold: 20_000,
            repDiscountBps: 5_000,
            newcomerSurchargeBps: 10_000,
            spamSurchargeBps: 2_500,
            recipientBps: 2,
            relayCapBps: 3_000,
            relayFlat: 500,
            burnBps: 2_000
        });
    }

    // ------------------------------------------------------------------
    // Key directory
    // ------------------------------------------------------------------

    /// @notice Binds the caller to its key bundle; re-registering rotates it.
    function register(bytes32 bundleHash) external {
        bundleOf[msg.sender] = bundleHash;
        emit Registered(msg.sender, bundleHash);
    }

    // ------------------------------------------------------------------
    // Networks
    // ------------------------------------------------------------------

    /// @notice Creates a network with the given prices; anyone may. Returns its id.
    function createNetwork(Params calldata params) external returns (bytes32) {
        return _createNetwork(params);
    }

    /// @notice The id a network with these params has (whether or not it exists).
    function networkId(Params calldata params) external pure returns (bytes32) {
        return keccak256(abi.encode(params));
    }

    function _createNetwork(Params memory p) internal returns (bytes32 id) {
        _checkParams(p);
        id = keccak256(abi.encode(p));
        if (_networks[id] != 0) revert NetworkExists(id);
        _networks[id] = _pack(p);
        emit NetworkCreated(id, p);
    }

    function _checkParams(Params memory p) internal pure {
        if (p.base == 0 || p.base > 1e9) revert BadNetworkParams(0);
        if (p.perBucket > 1e9) revert BadNetworkParams(1);
        if (p.rateStep == 0) revert BadNetworkParams(3);
        if (p.replyWeight > 100) revert BadNetworkParams(4);
        if (p.repThreshold == 0) revert BadNetworkParams(5);
        if (p.repDiscountBps > 9_000) revert BadNetworkParams(6);
        if (p.newcomerSurchargeBps > 10_000) revert BadNetworkParams(7);
        if (p.spamSurchargeBps > 10_000) revert BadNetworkParams(8);
        if (p.recipientBps > 10_000) revert BadNetworkParams(9);
        if (p.relayCapBps > 3_000) revert BadNetworkParams(10);
        if (p.relayFlat > 1_000_000) revert BadNetworkParams(11);
        if (p.burnBps < 500 || p.burnBps > 5_000) revert BadNetworkParams(12);
    }

    function _pack(Params memory p) internal pure returns (uint256 w) {
        w = uint256(p.base) | (uint256(p.perBucket) << 32) | (uint256(p.rateFree) << 64)
            | (uint256(p.rateStep) << 80) | (uint256(p.replyWeight) << 96) | (uint256(p.repThreshold) << 104)
            | (uint256(p.repDiscountBps) << 136) | (uint256(p.newcomerSurchargeBps) << 152)
            | (uint256(p.spamSurchargeBps) << 168) | (uint256(p.recipientBps) << 184)
            | (uint256(p.relayCapBps) << 200) | (uint256(p.relayFlat) << 216) | (uint256(p.burnBps) << 240);
    }

    /// @notice The packed params word of a network (0 if it does not exist).
    function networkWord(bytes32 id) external view returns (uint256) {
        return _networks[id];
    }

    function _params(bytes32 id) internal view returns (uint256 w) {
        if (id == PERSONAL) return _personalWord;
        if (id == NEWSLETTER) return _newsletterWord;
        return _networks[id];
    }

    // ------------------------------------------------------------------
    // Balances
    // ------------------------------------------------------------------

    /// @notice Credits msg.value (whole gwei) to the caller.
    function deposit() external payable {
        _deposit(msg.sender);
    }

    /// @notice Credits msg.value (whole gwei) to account.
    function depositTo(address account) external payable {
        _deposit(account);
    }

    function _deposit(address account) internal {
        if (msg.value % GWEI != 0) revert NotWholeGwei();
        uint256 amount = msg.value / GWEI;
        uint256 w = _accounts[account];
        uint256 bal = (w & M64) + amount;
        if (bal > M64) revert BalanceOverflow();
        _accounts[account] = (w & ~M64) | bal;
        emit Deposited(account, uint64(amount));
    }

    /// @notice Moves what each counterparty's mail earned the caller from the pair slots to the caller's balance.
    function claimFrom(address[] calldata counterparties) external returns (uint64 total) {
        uint256 sum;
        for (uint256 i; i < counterparties.length; ++i) {
            address other = counterparties[i];
            if (other == msg.sender) continue;
            uint256 slot = _pairSlot(msg.sender, other);
            uint256 pw = _sload(slot);
            uint256 off = msg.sender < other ? P_OWED_LO : P_OWED_HI;
            uint256 owed = (pw >> off) & M48;
            if (owed == 0) continue;
            _sstore(slot, pw & ~(M48 << off));
            sum += owed;
            emit Claimed(msg.sender, other, uint64(owed));
        }
        if (sum != 0) {
            uint256 w = _accounts[msg.sender];
            uint256 bal = (w & M64) + sum;
            if (bal > M64) revert BalanceOverflow();
            _accounts[msg.sender] = (w & ~M64) | bal;
        }
        return uint64(sum);
    }

    /// @notice Step one of withdrawing: records the amount; completable after WITHDRAW_DELAY.
    /// A new request replaces the old one (amount 0 cancels).
    function startWithdrawal(uint64 amount) external {
        if (amount == 0) {
            delete _withdrawals[msg.sender];
            emit WithdrawalRequested(msg.sender, 0, 0);
            return;
        }
        uint64 readyAt = uint64(block.timestamp + WITHDRAW_DELAY);
        _withdrawals[msg.sender] = uint256(amount) | (uint256(readyAt) << 64);
        emit WithdrawalRequested(msg.sender, amount, readyAt);
    }

    /// @notice Step two: pays the requested amount to `to` once the delay has passed.
    function completeWithdrawal(address payable to) external {
        if (_locked) revert Reentrancy();
        _locked = true;
        uint256 r = _withdrawals[msg.sender];
        if (r == 0) revert NoWithdrawalRequested();
        uint256 amount = r & M64;
        uint256 readyAt = r >> 64;
        if (block.timestamp < readyAt) revert WithdrawalNotReady(uint64(readyAt));
        uint256 w = _accounts[msg.sender];
        uint256 bal = w & M64;
        if (amount > bal) revert InsufficientBalance(uint64(bal), uint64(amount));
        _accounts[msg.sender] = w - amount;
        delete _withdrawals[msg.sender];
        emit Withdrawn(msg.sender, to, uint64(amount));
        (bool ok,) = to.call{value: amount * GWEI}("");
        if (!ok) revert TransferFailed();
        _locked = false;
    }

    /// @notice Plain ETH transfers are refused: use deposit().
    receive() external payable {
        revert NotWholeGwei();
    }

    // ------------------------------------------------------------------
    // Mail
    // ------------------------------------------------------------------

    /// @notice Pays for one message: the recipient is credited `fee`, β of it is
    /// burned on top, and `relayFee` goes to `relay`. Emits Delivered with the
    /// release secret.
    function send(
        bytes32 network,
        address to,
        bytes32 secret,
        uint32 size,
        uint64 maxFee,
        address relay,
        uint64 relayFee
    ) external {
        (to, secret, maxFee); // read by the engine from calldata
        uint256 p = _params(network);
        if (p == 0) revert UnknownNetwork(network);
        if (relayFee != 0 && relay == address(0)) revert BadRelay();
        (uint256 x,,) = _engine(MODE_SEND, p, 0, 0, 0, 0);
        if (x & 0xff != 0) _fail(x, size);
        if (relayFee != 0) _credit(relay, relayFee);
    }

    /// @notice Pays for one message to many recipients (each with its own
    /// secret) in one transaction. Each recipient runs the send path; the
    /// price per recipient is scaled by the recipient count. Recipients that
    /// block the sender, that are below their first-contact minimum, or are
    /// invalid are skipped (RecipientSkipped) and not charged. `maxFee` caps
    /// the total price (fees plus burn); `relayFee` is per delivered recipient.
    function broadcast(
        bytes32 network,
        address[] calldata to,
        bytes32[] calldata secrets,
        uint32 size,
        uint64 maxFee,
        address relay,
        uint64 relayFee
    ) external {
        uint256 n = to.length;
        if (n != secrets.length) revert LengthMismatch();
        if (n == 0 || n > MAX_RECIPIENTS) revert TooManyRecipients();
        uint256 p = _params(network);
        if (p == 0) revert UnknownNetwork(network);
        if (relayFee != 0 && relay == address(0)) revert BadRelay();
        uint256 toOff;
        uint256 secretsOff;
        assembly ("memory-safe") {
            toOff := to.offset
            secretsOff := secrets.offset
        }
        (uint256 x, uint256 price, uint256 delivered) = _engine(MODE_BROADCAST, p, toOff, secretsOff, n, 0);
        if (x & 0xff != 0) _fail(x, size);
        if (price > maxFee) revert FeeAboveMax(uint64(price > M64 ? M64 : price), maxFee);
        if (relayFee != 0 && delivered != 0) _credit(relay, relayFee * delivered);
    }

    /// @notice Settles a batch of EIP-712 orders signed by senders for this relay
    /// (msg.sender). `orders` (empty, or) packed big-endian: the recipient
    /// count R (2 bytes), R recipients (20 bytes each), then ORDER_BYTES per
    /// order: secret(32) r(32) vs(32) toIndex(2) size(4) nonce(4) deadline(4)
    /// maxFee(6) relayFee(6) networkIndex(1), where vs is the EIP-2098 compact
    /// s with v − 27 in its top bit, toIndex points into the recipients (an
    /// index beyond them reads the zero address) and networkIndex into
    /// `networks`. A bad order is skipped with OrderSkipped(reason); the batch
    /// never reverts because of one. The relay fees are credited to msg.sender once.
    function settle(bytes32[] calldata networks, bytes calldata orders) external {
        uint256 recipients;
        uint256 count;
        if (orders.length != 0) {
            if (orders.length < 2) revert BadOrders();
            recipients = uint16(bytes2(orders[0:2]));
            uint256 head = 2 + recipients * RECIPIENT_BYTES;
            if (orders.length < head) revert BadOrders();
            count = (orders.length - head) / ORDER_BYTES;
            if (orders.length != head + count * ORDER_BYTES) revert BadOrders();
        }
        uint256 tableOff;
        uint256 netsOff;
        assembly ("memory-safe") {
            tableOff := add(orders.offset, 2)
            netsOff := networks.offset
        }
        (, uint256 relayFees, uint256 delivered) =
            _engine(MODE_SETTLE, recipients, tableOff, count, netsOff, networks.length);
        if (relayFees != 0) _credit(msg.sender, relayFees);
        emit Settled(msg.sender, uint32(delivered), uint32(count - delivered), uint64(relayFees));
    }

    // ------------------------------------------------------------------
    // Reputation
    // ------------------------------------------------------------------

    /// @notice The caller's verdict on the paid mail `sender` sent it: ABSTAIN,
    /// VALUABLE (mints reputation to the sender) or SPAM (marks the sender;
    /// only on mail that was cold when sent, once per window per pair direction).
    function ack(address sender, uint8 verdict) external {
        if (verdict > SPAM) revert BadVerdict();
        if (sender == msg.sender) revert NoPendingMail();
        uint256 slot = _pairSlot(sender, msg.sender);
        uint256 pw = _sload(slot);
        uint256 d = sender > msg.sender ? 1 : 0;
        uint256 bo = P_DIR + 45 * d;
        uint256 pend = (pw >> (bo + P_PEND)) & M3;
        uint256 paid = (pw >> (bo + P_PAID)) & M24;
        if (pend == 0) {
            if (paid == 0) revert NoPendingMail();
            revert AlreadyAcked();
        }
        uint256 nowH = block.timestamp / 3600;
        uint256 age = nowH - paid;
        if (age >= ACK_WINDOW_HOURS) revert AckWindowClosed();
        uint256 minted;
        uint256 sw = _rebase(_accounts[sender]);
        if (verdict == SPAM) {
            if ((pw >> (bo + P_COLD)) & 1 == 0) revert NotColdMail();
            if ((pw >> (bo + P_MARK)) & 1 != 0) revert SpamAlreadyMarked();
            pw = (pw & ~(((M3 << P_PEND) | (M24 << P_PAID) | (M16 << P_BURN)) << bo))
                | (((uint256(1) << P_MARK) | (nowH << P_PAID)) << bo);
            sw = _addField(sw, A_SPAM, M16, COUNT_UNIT, Decay.factor(_tickIndex(block.timestamp, SPAM_HALF_LIFE)));
        } else {
            // This ack takes an equal share of the burn its pending mails paid.
            uint256 share = ((pw >> (bo + P_BURN)) & M16) / pend;
            pw -= ((uint256(1) << P_PEND) | (share << P_BURN)) << bo;
            if (verdict == VALUABLE) {
                uint256 ackerRep = _repValue(_accounts[msg.sender]);
                minted = _mintAmount(share, ackerRep, age);
                if (minted != 0) {
                    uint256 f = Decay.factor(_tickIndex(block.timestamp, REP_HALF_LIFE));
                    uint256 before = Decay.value((sw >> A_REP) & M40, f);
                    sw = _addField(sw, A_REP, M40, minted, f);
                    minted = Decay.value((sw >> A_REP) & M40, f) - before;
                    totalSupply += minted;
                    // The same amount becomes credit: the only way reputation lowers a price.
                    uint256 credit = ((sw >> A_CREDIT) & M32) + minted;
                    if (credit > M32) credit = M32;
                    sw = (sw & ~(M32 << A_CREDIT)) | (credit << A_CREDIT);
                }
            }
        }
        _sstore(slot, pw);
        _accounts[sender] = sw;
        emit Acked(sender, msg.sender, verdict, uint64(minted));
        if (minted != 0) emit Transfer(address(0), sender, minted);
    }

    /// @notice Reputation a valuable ack mints (before saturation): ρ × share of the pending burn ×
    /// standing(ackerRep) × (ACK_WINDOW_HOURS − ageHours)/ACK_WINDOW_HOURS, floored,
    /// standing = (64 + 192 × min(ackerRep, STANDING_FULL)/STANDING_FULL)/256.
    function _mintAmount(uint256 burn, uint256 ackerRep, uint256 ageHours) internal pure returns (uint256) {
        if (ageHours >= ACK_WINDOW_HOURS) return 0;
        uint256 r = ackerRep > STANDING_FULL ? STANDING_FULL : ackerRep;
        uint256 standing = 64 + (192 * r) / STANDING_FULL;
        return (burn * standing * (ACK_WINDOW_HOURS - ageHours)) / (RHO_DEN * 256 * ACK_WINDOW_HOURS);
    }

    /// @notice Gives `to` half of `amount` of the caller's earned (not endorsed)
    /// reputation; the other half is burned. The caller keeps at least
    /// ENDORSE_FLOOR; `to` receives at most ENDORSE_MAX per REP_HALF_LIFE epoch.
    /// Endorsed reputation decays 4× faster and cannot be endorsed onward.
    function endorse(address to, uint64 amount) external {
        if (to == msg.sender || to == address(0)) revert BadRecipient();
        uint256 fr = Decay.factor(_tickIndex(block.timestamp, REP_HALF_LIFE));
        uint256 sw = _rebase(_accounts[msg.sender]);
        uint256 rep = Decay.value((sw >> A_REP) & M40, fr);
        uint256 available = rep > ENDORSE_FLOOR ? rep - ENDORSE_FLOOR : 0;
        if (amount > available || amount < 2) revert EndorseBeyondFloor(uint64(available));
        uint256 received = _receiveEndorsement(to, amount / 2);
        // Giver side: remove at least `amount` of value.
        uint256 mrep = (sw >> A_REP) & M40;
        uint256 dec = Decay.shrink(amount, fr);
        mrep = dec > mrep ? 0 : mrep - dec;
        _accounts[msg.sender] = (sw & ~(M40 << A_REP)) | (mrep << A_REP);
        uint256 tw = _accounts[to];
        if ((tw >> A_HAS_STANDING) & 1 == 0) _accounts[to] = tw | (uint256(1) << A_HAS_STANDING);
        totalSupply = totalSupply + received - amount;
        emit Endorsed(msg.sender, to, amount, uint64(received));
        emit Transfer(msg.sender, to, received);
        emit Transfer(msg.sender, address(0), amount - received);
    }

    /// @dev Adds `half` to `to`'s endorsed reputation within the per-epoch cap;
    /// returns the value it really gained (half or half − 1).
    function _receiveEndorsement(address to, uint256 half) internal returns (uint256 received) {
        uint256 st = _rebaseStanding(_standing[to]);
        uint256 epoch = block.timestamp / REP_HALF_LIFE;
        uint256 recv = ((st >> S_EPOCH) & M16) == (epoch & M16) ? (st >> S_RECV) & M40 : 0;
        if (recv + half > ENDORSE_MAX) revert EndorseCapExceeded(uint64(ENDORSE_MAX - recv));
        uint256 fe = Decay.factor(_tickIndex(block.timestamp, ENDORSED_HALF_LIFE));
        uint256 before = Decay.value(st & M40, fe);
        st = _addField(st, S_END, M40, half, fe);
        received = Decay.value(st & M40, fe) - before;
        st = (st & ~((M40 << S_RECV) | (M16 << S_EPOCH))) | ((recv + half) << S_RECV) | ((epoch & M16) << S_EPOCH);
        _standing[to] = st;
    }

    /// @notice Sets the reputation a sender needs to reach the caller with cold mail.
    function setMinReputation(uint64 minimum) external {
        if (minimum > M40) minimum = uint64(M40);
        uint256 st = _standing[msg.sender];
        _standing[msg.sender] = (st & ~(M40 << S_MINREP)) | (uint256(minimum) << S_MINREP);
        emit MinReputationSet(msg.sender, minimum);
    }

    /// @notice Blocks (or unblocks) mail from `sender` to the caller.
    function blockSender(address sender, bool blocked) external {
        if (sender == msg.sender || sender == address(0)) revert BadRecipient();
        uint256 slot = _pairSlot(sender, msg.sender);
        uint256 pw = _sload(slot);
        uint256 bit = uint256(1) << (msg.sender < sender ? P_BLOCK : P_BLOCK + 1);
        pw = blocked ? pw | bit : pw & ~bit;
        _sstore(slot, pw);
        emit BlockSet(msg.sender, sender, blocked);
    }

    // ------------------------------------------------------------------
    // ERC-20 view of reputation
    // ------------------------------------------------------------------

    /// @notice Earned plus endorsed reputation, decayed to now.
    function balanceOf(address account) external view returns (uint256) {
        (uint256 earned, uint256 endorsed,) = reputationOf(account);
        return earned + endorsed;
    }

    function transfer(address, uint256) external pure returns (bool) {
        revert NotTransferable();
    }

    function transferFrom(address, address, uint256) external pure returns (bool) {
        revert NotTransferable();
    }

    function approve(address, uint256) external pure returns (bool) {
        revert NotTransferable();
    }

    function allowance(address, address) external pure returns (uint256) {
        return 0;
    }

    // ------------------------------------------------------------------
    // Views for quoting from cached state
    // ------------------------------------------------------------------

    /// @notice Earned reputation, endorsed reputation and spam marks (×COUNT_UNIT), decayed to now.
    function reputationOf(address account) public view returns (uint256 earned, uint256 endorsed, uint256 spam) {
        uint256 w = _accounts[account];
        earned = _repValue(w);
        spam = _fieldValue(w, A_SPAM, M16, SPAM_HALF_LIFE);
        if ((w >> A_HAS_STANDING) & 1 != 0) endorsed = _endorsedValue(_standing[account]);
    }

    /// @notice The raw packed words a quote reads (layouts in SPEC.md §7): the
    /// sender's account and standing slots, the pair slot of {from, to} and the
    /// recipient's standing slot. pricing.Quote prices a mail from exactly these.
    function quoteState(address from, address to)
        external
        view
        returns (uint256 account, uint256 standing, uint256 pair, uint256 recipientStanding)
    {
        return (_accounts[from], _standing[from], _sload(_pairSlot(from, to)), _standing[to]);
    }

    /// @notice Spendable balance in gwei.
    function balanceGwei(address account) external view returns (uint64) {
        return uint64(_accounts[account]);
    }

    /// @notice What `account` can claim from its pair with `counterparty` (gwei).
    function owedTo(address account, address counterparty) external view returns (uint64) {
        uint256 pw = _sload(_pairSlot(account, counterparty));
        return uint64((pw >> (account < counterparty ? P_OWED_LO : P_OWED_HI)) & M48);
    }

    /// @notice A pending withdrawal request.
    function withdrawalRequestOf(address account) external view returns (uint64 amount, uint64 readyAt) {
        uint256 r = _withdrawals[account];
        return (uint64(r), uint64(r >> 64));
    }

    /// @notice The price of one message from `from` to `to` now, for a message
    /// with `recipients` recipients in total: fee to the recipient, burn on top,
    /// and the largest relay fee allowed. A dry run of send through the same
    /// code, whatever `from`'s balance: it reverts with the error send would
    /// (BadRecipient, BadSize, Blocked, BelowMinReputation, OwedOverflow) and
    /// writes nothing. Not a view (the mail engine can write), so call it with
    /// eth_call.
    function quote(bytes32 network, address from, address to, uint32 size, uint32 recipients)
        external
        returns (uint64 fee, uint64 burn, uint64 relayCap)
    {
        (from, to, recipients); // read by the engine from calldata
        uint256 p = _params(network);
        if (p == 0) revert UnknownNetwork(network);
        (uint256 x, uint256 f, uint256 b) = _engine(MODE_QUOTE, p, 0, 0, 0, 0);
        if (x & 0xff != 0) _fail(x, size);
        return (uint64(f), uint64(b), uint64(_relayCap(p, f)));
    }

    // ------------------------------------------------------------------
    // The mail engine: send, broadcast, settle and quote
    // ------------------------------------------------------------------

    uint256 internal constant MODE_SEND = 0;
    uint256 internal constant MODE_BROADCAST = 1;
    uint256 internal constant MODE_SETTLE = 2;
    uint256 internal constant MODE_QUOTE = 3;

    /// @dev Writes the constants a broadcast or a settlement needs into the
    /// engine's memory (see _engine); send and quote need none, and touch less
    /// memory.
    function _engineSetup(uint256 mode) internal view {
        if (mode == MODE_BROADCAST) {
            bytes32 recipientSkipTopic = RecipientSkipped.selector;
            assembly {
                mstore(0x5e0, recipientSkipTopic)
            }
        }
        if (mode != MODE_SETTLE) return;
        bytes32 typeHash = ORDER_TYPEHASH;
        bytes32 domain = domainSeparator();
        bytes32 skipTopic = OrderSkipped.selector;
        assembly {
            mstore(0x5c0, skipTopic)
            mstore(0x3a0, typeHash)
            mstore(0x4c0, caller())
            mstore(0x4e0, shl(240, 0x1901))
            mstore(0x4e2, domain)
        }
        bytes32 personalId = PERSONAL;
        uint256 personalWord = _personalWord;
        bytes32 newsletterId = NEWSLETTER;
        uint256 newsletterWord = _newsletterWord;
        assembly {
            mstore(0x660, personalId)
            mstore(0x680, personalWord)
            mstore(0x6a0, newsletterId)
            mstore(0x6c0, newsletterWord)
        }
    }

    /// @dev The per-recipient path of SPEC.md §7.7 and the loops around it,
    /// in one assembly block so that send, broadcast, settle and quote run
    /// the same code (`mail`). It reads the calling function's arguments from
    /// calldata (their ABI layout is fixed by its signature; Solidity has
    /// validated them):
    ///
    /// - send: word = the network's params. Returns x (0 or a refusal, below).
    /// - broadcast: word = params, arg1 = to.offset, arg2 = secrets.offset,
    ///   arg3 = n. Returns x, Σ price, delivered.
    /// - settle: word = recipient count, arg1 = the recipient table's
    ///   offset, arg2 = order count, arg3 = networks.offset, arg4 =
    ///   networks.length. Returns 0, relay fees, delivered.
    /// - quote: word = params; writes nothing. Returns x, fee, burn.
    ///
    /// A refusal x is a skip code (low byte) with the error's arguments a << 8
    /// and b << 72; the caller reverts with _fail.
    ///
    /// Memory: the engine owns memory from 0x80 (nothing of Solidity's lives
    /// there while it runs; its callers use memory only afterwards) and keeps
    /// the current mail in fixed one-value "registers", unpacked once per
    /// sender, network or call so that the per-mail path reads each with one
    /// MLOAD and its functions stay within the EVM's 16 reachable stack slots:
    ///
    /// - clock: 0x80 hour, 0x200 pair factor, 0x220 one mail in the pair
    ///   count's mantissa, 0x240 rate factor, 0x260 one mail in the rate's
    ///   mantissa << 80 (its place in the account word);
    /// - network: 0xa0 packed params, 0x2a0 base, 0x2c0 perBucket, 0x2e0
    ///   rateFree × U, 0x300 replyWeight, 0x360 relayFlat, 0x380 burnBps;
    /// - sender: 0xc0 account word (rebased; debited as mail goes), 0xe0
    ///   address, 0x100 reputation | spam marks (U) << 128, 0x120 non-zero
    ///   when the fee takes its slow path (recipients beyond the first, or
    ///   reputation with credit), 0x320 10,000 + newcomerSurchargeBps + the
    ///   spam surcharge (per sender and network);
    /// - mail: 0x140 recipients n, 0x160 pair slot, 0x280 quote flag, 0x340
    ///   relay << 96, and the EIP-712 struct at 0x3a0 (typehash, network,
    ///   0x3e0 to, secret, 0x420 size, 0x440 maxFee, 0x460 relayFee, nonce,
    ///   deadline, relay), whose fields send, broadcast and quote fill too;
    /// - 0x180 to 0x200 the Delivered data (secret, network, payment,
    ///   relaying); 0x4e0 to 0x522 the digest input; 0x540 to 0x5c0 the
    ///   ecrecover input; 0x5c0 OrderSkipped's and 0x5e0 RecipientSkipped's
    ///   topic; settle: 0x600 first order, 0x620 networks.offset, 0x640
    ///   networks.length, 0x660 personal id, 0x680 its params, 0x6a0
    ///   newsletter id, 0x6c0 its params, 0x6e0 the current network index,
    ///   0x700 to 0x760 OrderSkipped's data, 0x760 the orders skipped,
    ///   0x780 the recipient table's offset, 0x7a0 its length, 0x7c0 the
    ///   deadline check's clock (see useNetwork), 0x7e0 + 32k the k-th
    ///   network's params. Scratch 0x00-0x3f hashes slots.
    function _engine(uint256 mode, uint256 word, uint256 arg1, uint256 arg2, uint256 arg3, uint256 arg4)
        internal
        returns (uint256 r0, uint256 r1, uint256 r2)
    {
        _engineSetup(mode);
        assembly {
            function accSlot(a) -> s {
                mstore(0x00, a)
                mstore(0x20, 0) // _accounts.slot
                s := keccak256(0x00, 0x40)
            }
            // Decay.factor (SPEC.md §7.3): f(j) = ⌊A[j mod 8] · B[⌊j/8⌋] / 2^64⌋.
            function factor(j) -> f {
                let i := and(j, 7)
                let w := 0x77d0df730ad13bb87a83b2db722a033a7d3e0c0cf486c1748000000000000000
                if gt(i, 3) { w := 0x6d4f301ed9942b846fe4b99bdcdaf5cb7281773c59ffb13975257d152486cc2c }
                let a := add(shl(63, 1), and(shr(shl(6, and(i, 3)), w), 0xffffffffffffffff))
                i := shr(3, j)
                w := 0x45672a115506dadd5744fccad69d6af46ac0c6e7dd24392e8000000000000000
                if gt(i, 3) { w := 0x0b95c1e3ea8bd6e61837f0518db8a96f25fed6a9b15138ea3504f333f9de6484 }
                f := shr(64, mul(a, add(shl(63, 1), and(shr(shl(6, and(i, 3)), w), 0xffffffffffffffff))))
            }
            // 10,000 + newcomerSurchargeBps + spamSurchargeBps × spam / U: the
            // fee multiplier without reputation, for the sender and network registers.
            function fullMul() {
                let p := mload(0xa0)
                mstore(0x320, add(add(10000, and(shr(152, p), 0xffff)), shr(8, mul(and(shr(168, p), 0xffff), shr(128, mload(0x100))))))
            }
            // Unpacks network params p into the network registers.
            function setNetwork(p) {
                mstore(0xa0, p)
                mstore(0x2a0, and(p, 0xffffffff))
                mstore(0x2c0, and(shr(32, p), 0xffffffff))
                mstore(0x2e0, shl(8, and(shr(64, p), 0xffff)))
                mstore(0x300, and(shr(96, p), 0xff))
                mstore(0x360, and(shr(216, p), 0xffffff))
                mstore(0x380, shr(240, p))
                fullMul()
            }
            // Loads account `a`, moved to today's epochs (whole half-lives
            // shift), into the sender registers; returns its raw word.
            function loadSender(a) -> raw {
                raw := sload(accSlot(a))
                let acct := raw
                {
                    let today := div(timestamp(), 86400)
                    let day := and(shr(64, raw), 0xffff)
                    if iszero(eq(day, today)) {
                        let f := shr(sub(today, day), and(shr(80, raw), 0xffffff))
                        acct := or(and(raw, not(shl(64, 0xffffffffffffffffffffffff))), or(shl(64, today), shl(80, f)))
                        f := shr(sub(div(today, 64), div(day, 64)), and(shr(104, raw), 0xffffffffff))
                        acct := or(acct, shl(104, f))
                        f := shr(sub(div(today, 128), div(day, 128)), and(shr(144, raw), 0xffff))
                        acct := or(acct, shl(144, f))
                    }
                }
                mstore(0xc0, acct)
                let r := 0
                let m := and(shr(104, acct), 0xffffffffff)
                if m { r := shr(64, mul(m, factor(div(mul(mod(timestamp(), 5529600), 64), 5529600)))) }
                if shr(255, acct) {
                    mstore(0x00, a)
                    mstore(0x20, 1) // _standing.slot
                    let st := sload(keccak256(0x00, 0x40))
                    m := shr(sub(div(timestamp(), 1382400), div(and(shr(40, st), 0xffffffff), 1382400)), and(st, 0xffffffffff))
                    if m { r := add(r, shr(64, mul(m, factor(div(mul(mod(timestamp(), 1382400), 64), 1382400))))) }
                }
                m := and(shr(144, acct), 0xffff)
                if m { m := shr(64, mul(m, factor(div(mul(mod(timestamp(), 11059200), 64), 11059200)))) }
                mstore(0xe0, a)
                mstore(0x1c0, shl(96, a)) // Delivered's payment word: from ‖ fee ‖ size
                mstore(0x100, or(r, shl(128, m)))
                // The slow path of the fee: more recipients, or reputation with credit.
                mstore(0x120, or(mload(0x140), mul(iszero(iszero(r)), iszero(iszero(and(shr(160, acct), 0xffffffff))))))
                fullMul()
            }
            // base × bps / 10,000, then × the recipients' factor, saturating at 2^64 − 1.
            function scale(base, bps) -> v {
                v := div(mul(base, bps), 10000)
                if gt(v, 0xffffffffffffffff) { v := 0xffffffffffffffff }
                let n := mload(0x140) // recipients beyond the first
                if n {
                    v := div(mul(v, add(10000, mul(and(shr(184, mload(0xa0)), 0xffff), n))), 10000)
                    if gt(v, 0xffffffffffffffff) { v := 0xffffffffffffffff }
                }
            }
            // Credit pays what the reputation takes off the fee without
            // reputation (full), gwei of price for gwei of credit.
            function credit(base, full, burn) -> fee, b, used {
                fee := full
                b := burn
                let p := mload(0xa0)
                let mult := 10000
                {
                    let rep := and(mload(0x100), 0xffffffffffffffffffffffffffffffff)
                    let t := and(shr(104, p), 0xffffffff)
                    switch lt(rep, t)
                    case 1 { mult := add(mult, div(mul(and(shr(152, p), 0xffff), sub(t, rep)), t)) }
                    default {
                        rep := sub(rep, t)
                        if gt(rep, t) { rep := t }
                        mult := sub(mult, div(mul(and(shr(136, p), 0xffff), rep), t))
                    }
                }
                let repFee := scale(base, add(mult, shr(8, mul(and(shr(168, p), 0xffff), shr(128, mload(0x100))))))
                if lt(repFee, full) {
                    let cut := div(mul(and(shr(160, mload(0xc0)), 0xffffffff), 10000), add(10000, shr(240, p)))
                    if lt(sub(full, repFee), cut) { cut := sub(full, repFee) }
                    fee := sub(full, cut)
                    b := div(mul(fee, shr(240, p)), 10000)
                    used := add(cut, sub(burn, b))
                }
            }
            function sat(v) -> y {
                y := v
                if gt(v, 0xffffffffffffffff) { y := 0xffffffffffffffff }
            }
            // One mail from the sender registers to the recipient register: x =
            // 0 (the account register debited, the fee in the payment word;
            // unless quoting, the pair written and Delivered emitted) or a
            // refusal (nothing written).
            function mail() -> x {
                let d := 0
                {
                    let from := mload(0xe0)
                    let to := mload(0x3e0)
                    if or(iszero(to), eq(to, from)) {
                        x := 9 // SKIP_BAD_RECIPIENT
                        leave
                    }
                    if gt(sub(mload(0x420), 1), 0xffffff) {
                        x := 10 // SKIP_BAD_SIZE: 0 or above 2^24
                        leave
                    }
                    d := gt(from, to)
                    let flip := mul(d, xor(from, to))
                    mstore(0x00, xor(from, flip)) // lo
                    mstore(0x20, or(xor(to, flip), 0xb3a110000000000000000000000000000000000000000)) // hi | PAIR_TAG << 160
                }
                let pw := keccak256(0x00, 0x40)
                mstore(0x160, pw)
                pw := sload(pw)
                {
                    // Rebase to this hour: whole half-lives shift the counts.
                    let nowH := mload(0x80)
                    let tH := and(shr(96, pw), 0xffffff)
                    if iszero(eq(tH, nowH)) {
                        pw := xor(pw, shl(96, xor(tH, nowH)))
                        nowH := sub(div(nowH, 768), div(tH, 768))
                        if nowH {
                            tH := shr(nowH, and(shr(120, pw), 0xfffff))
                            nowH := shr(nowH, and(shr(140, pw), 0xfffff))
                            pw := or(and(pw, not(shl(120, 0xffffffffff))), or(shl(120, tH), shl(140, nowH)))
                        }
                    }
                }
                if and(shr(250, pw), 3) {
                    if and(shr(sub(251, d), pw), 1) {
                        x := 11 // SKIP_BLOCKED
                        leave
                    }
                }
                let fee := 0
                let cold := 0
                {
                    let o := mul(20, d)
                    let rev := shr(64, mul(and(shr(sub(140, o), pw), 0xfffff), mload(0x200)))
                    cold := lt(rev, 16)
                    if cold {
                        mstore(0x00, mload(0x3e0))
                        mstore(0x20, 1) // _standing.slot
                        let minRep := and(shr(128, sload(keccak256(0x00, 0x40))), 0xffffffffff)
                        let rep := and(mload(0x100), 0xffffffffffffffffffffffffffffffff)
                        if gt(minRep, rep) {
                            x := or(12, or(shl(8, rep), shl(72, minRep))) // SKIP_BELOW_MIN_REPUTATION
                            leave
                        }
                    }
                    // The fee before reputation (SPEC.md §7.6): size, rate, reply.
                    fee := add(mload(0x2a0), mul(mload(0x2c0), shr(12, sub(mload(0x420), 1))))
                    {
                        let free := mload(0x2e0)
                        let rate := and(shr(80, mload(0xc0)), 0xffffff)
                        if gt(rate, free) {
                            rate := shr(64, mul(rate, mload(0x240)))
                            if gt(rate, free) {
                                let step := shl(8, and(shr(80, mload(0xa0)), 0xffff))
                                fee := div(mul(fee, add(step, sub(rate, free))), step)
                                if gt(fee, 0xffffffffffffffff) { fee := 0xffffffffffffffff }
                            }
                        }
                    }
                    let rw := mload(0x300)
                    if mul(rw, rev) {
                        // A reply: rw ≤ 100 and rev < 2^21, so the product is 0 only if one is.
                        let fwd := add(256, shr(64, mul(and(shr(add(120, o), pw), 0xfffff), mload(0x200))))
                        fee := div(mul(fee, fwd), add(fwd, mul(rw, rev)))
                    }
                }
                let burn := 0
                let used := 0
                {
                    // Reputation, recipients, burn; credit pays what reputation takes off.
                    let full := div(mul(fee, mload(0x320)), 10000)
                    if gt(full, 0xffffffffffffffff) { full := 0xffffffffffffffff }
                    burn := div(mul(full, mload(0x380)), 10000)
                    if mload(0x120) {
                        if mload(0x140) {
                            full := scale(full, 10000)
                            burn := div(mul(full, mload(0x380)), 10000)
                        }
                        if and(mload(0x100), 0xffffffffffffffffffffffffffffffff) {
                            if and(shr(160, mload(0xc0)), 0xffffffff) { full, burn, used := credit(fee, full, burn) }
                        }
                    }
                    fee := full
                }
                {
                    let total := add(fee, burn)
                    if gt(total, mload(0x440)) {
                        x := or(13, or(shl(8, sat(total)), shl(72, mload(0x440)))) // SKIP_FEE_ABOVE_MAX
                        leave
                    }
                    let relayFee := mload(0x460)
                    if gt(relayFee, mload(0x360)) {
                        // Above the flat allowance: the cap is max(fee × capBps, flat).
                        let cap := div(mul(fee, and(shr(200, mload(0xa0)), 0xffff)), 10000)
                        if lt(cap, mload(0x360)) { cap := mload(0x360) }
                        if gt(relayFee, cap) {
                            x := or(14, or(shl(8, relayFee), shl(72, cap))) // SKIP_RELAY_FEE_ABOVE_CAP
                            leave
                        }
                    }
                    total := add(total, relayFee)
                    let acct := mload(0xc0)
                    if gt(total, and(acct, 0xffffffffffffffff)) {
                        x := or(15, or(shl(8, and(acct, 0xffffffffffffffff)), shl(72, sat(total)))) // SKIP_INSUFFICIENT_BALANCE
                        leave
                    }
                    // Owed to the recipient: hi's share when the sender is lo.
                    relayFee := mul(48, iszero(d))
                    if gt(add(and(shr(relayFee, pw), 0xffffffffffff), fee), 0xffffffffffff) {
                        x := 16 // SKIP_OWED_OVERFLOW
                        leave
                    }
                    pw := add(pw, shl(relayFee, fee))
                    // Sender: debit, credit used, one more mail in the rate (saturating).
                    acct := sub(sub(acct, total), shl(160, used))
                    total := mload(0x260) // one mail << 80
                    if gt(add(and(acct, 0xffffff00000000000000000000), total), 0xffffff00000000000000000000) {
                        total := sub(0xffffff00000000000000000000, and(acct, 0xffffff00000000000000000000))
                    }
                    mstore(0xc0, add(acct, total))
                }
                {
                    // Pair: one more mail in the direction's count (saturating).
                    let g := add(120, mul(20, d))
                    let m := shl(g, 0xfffff)
                    g := shl(g, mload(0x220))
                    if gt(add(and(pw, m), g), m) { g := sub(m, and(pw, m)) }
                    pw := add(pw, g)
                }
                {
                    // The direction's ack block: paid u24 | burn u16 | pending u3 |
                    // cold | marked. Pending acks and burn older than the window are
                    // dropped; a spam mark younger than the window keeps its hour.
                    let bo := add(160, mul(45, d))
                    let blk := and(shr(bo, pw), 0x1fffffffffff)
                    let paid := mload(0x80)
                    let old := mul(blk, lt(sub(paid, and(blk, 0xffffff)), 720)) // 0 once the window closed
                    burn := add(and(shr(24, old), 0xffff), burn)
                    if gt(burn, 0xffff) { burn := 0xffff }
                    let keep := shr(44, old) // marked, and the mark is fresh
                    if keep { paid := and(old, 0xffffff) }
                    old := and(shr(40, old), 7) // pending
                    paid := or(or(paid, shl(24, burn)), or(shl(40, add(old, lt(old, 7))), or(shl(43, cold), shl(44, keep))))
                    pw := xor(pw, shl(bo, xor(blk, paid)))
                }
                // fee ‖ size after the sender in the payment word (its low 12
                // bytes; the 20 bytes this writes past it are rewritten next).
                mstore(0x1d4, shl(160, or(shl(32, fee), mload(0x420))))
                if iszero(mload(0x280)) {
                    // Delivered (anonymous: topic 0 is the recipient).
                    sstore(mload(0x160), pw)
                    mstore(0x1e0, or(mload(0x340), shl(32, mload(0x460))))
                    log1(0x180, 0x80, mload(0x3e0))
                }
            }
            // The orders' network params: for each id, a preset or the stored word.
            function networkTable(off, count) {
                for { let k := 0 } lt(k, count) { k := add(k, 1) } {
                    let id := calldataload(add(off, shl(5, k)))
                    let p := 0
                    switch id
                    case 0 {}
                    default {
                        switch eq(id, mload(0x660))
                        case 1 { p := mload(0x680) }
                        default {
                            switch eq(id, mload(0x6a0))
                            case 1 { p := mload(0x6c0) }
                            default {
                                mstore(0x00, id)
                                mstore(0x20, 4) // _networks.slot
                                p := sload(keccak256(0x00, 0x40))
                            }
                        }
                    }
                    mstore(add(0x7e0, shl(5, k)), p)
                }
            }
            // Makes network k of settle's table current: its id in the
            // struct and the Delivered data, its params in the registers.
            function useNetwork(k) {
                let id := 0
                let p := 0
                if lt(k, mload(0x640)) {
                    id := calldataload(add(mload(0x620), shl(5, k)))
                    p := mload(add(0x7e0, shl(5, k)))
                }
                mstore(0x3c0, id)
                mstore(0x1a0, id)
                setNetwork(p)
                // The deadline check's clock; 2^255 ahead for an unknown
                // network, so that one check in the loop catches both.
                mstore(0x6e0, k)
                mstore(0x7c0, add(timestamp(), shl(255, iszero(p))))
            }
            // OrderSkipped(from indexed, nonce, index, reason) for the order at ptr.
            function skip(ptr, signer, code) {
                mstore(0x700, and(shr(176, calldataload(add(ptr, 96))), 0xffffffff))
                mstore(0x720, div(sub(ptr, mload(0x600)), 123))
                mstore(0x740, code)
                log2(0x700, 0x60, mload(0x5c0), signer)
                mstore(0x760, add(mload(0x760), 1)) // skipped
            }
            // settle: orders from ptr to end, 123 bytes each.
            function settleLoop(ptr, end) -> fees {
                let cur := 0 // the sender in the registers
                let dirty := 0 // its account register changed
                for {} lt(ptr, end) { ptr := add(ptr, 123) } {
                    let signer := 0
                    {
                        // The signature: high s is refused before hashing.
                        let w := calldataload(add(ptr, 64)) // vs
                        let s := and(w, 0x7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff)
                        if gt(s, 0x7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0) {
                            skip(ptr, 0, 2) // SKIP_HIGH_S
                            continue
                        }
                        mstore(0x5a0, s)
                        mstore(0x560, add(27, shr(255, w)))
                        mstore(0x580, calldataload(add(ptr, 32)))
                        w := calldataload(ptr) // secret
                        mstore(0x400, w)
                        mstore(0x180, w)
                        // toIndex(2) size(4) nonce(4) deadline(4) maxFee(6) relayFee(6) networkIndex(1)
                        w := calldataload(add(ptr, 96))
                        s := byte(26, w)
                        if iszero(eq(s, mload(0x6e0))) { useNetwork(s) }
                        s := shr(240, w)
                        mstore(0x3e0, mul(lt(s, mload(0x7a0)), shr(96, calldataload(add(mload(0x780), mul(s, 20))))))
                        mstore(0x420, and(shr(208, w), 0xffffffff))
                        mstore(0x480, and(shr(176, w), 0xffffffff))
                        mstore(0x4a0, and(shr(144, w), 0xffffffff))
                        mstore(0x440, and(shr(96, w), 0xffffffffffff))
                        mstore(0x460, and(shr(48, w), 0xffffffffffff))
                        mstore(0x502, keccak256(0x3a0, 0x140))
                        mstore(0x540, keccak256(0x4e0, 0x42))
                        mstore(0x00, 0)
                        pop(staticcall(gas(), 1, 0x540, 0x80, 0x00, 0x20))
                        signer := mload(0x00)
                    }
                    if iszero(signer) {
                        skip(ptr, 0, 1) // SKIP_BAD_SIGNATURE
                        continue
                    }
                    if iszero(eq(signer, cur)) {
                        if dirty { sstore(accSlot(cur), mload(0xc0)) }
                        dirty := 0
                        cur := signer
                        if iszero(loadSender(signer)) {
                            cur := 0 // not a sender: its next order is checked again
                            skip(ptr, signer, 3) // SKIP_UNKNOWN_SIGNER
                            continue
                        }
                    }
                    {
                        // The deadline ahead of now; an unknown network's clock
                        // makes it fail too (see useNetwork).
                        let t := sub(mload(0x4a0), mload(0x7c0))
                        if gt(t, 3600) {
                            t := sub(mload(0x4a0), timestamp())
                            switch gt(t, 3600)
                            case 1 { skip(ptr, signer, sub(5, slt(t, 0))) } // SKIP_EXPIRED (4), SKIP_DEADLINE_TOO_FAR (5)
                            default { skip(ptr, signer, 8) } // SKIP_UNKNOWN_NETWORK
                            continue
                        }
                    }
                    {
                        // The nonce window: base u32 at 192, bits u31 at 224.
                        let acct := mload(0xc0)
                        let nw := acct
                        let off := sub(mload(0x480), and(shr(192, acct), 0xffffffff)) // the offset in the window
                        if gt(off, 30) {
                            if gt(off, 0xffffffff) {
                                skip(ptr, signer, 6) // SKIP_NONCE_TOO_LOW: below the base (wrapped)
                                continue
                            }
                            // Slide the window up to end at the nonce (its top bit, 30);
                            // older unused nonces die.
                            nw := or(and(acct, not(shl(192, 0x7fffffffffffffff))), or(shl(192, sub(mload(0x480), 30)), shl(224, shr(sub(off, 30), and(shr(224, acct), 0x7fffffff)))))
                            off := 30
                        }
                        off := shl(add(224, off), 1)
                        if and(nw, off) {
                            skip(ptr, signer, 7) // SKIP_NONCE_USED
                            continue
                        }
                        mstore(0xc0, or(nw, off))
                        off := mail()
                        if off {
                            mstore(0xc0, acct) // the nonce stays unused
                            skip(ptr, signer, and(off, 0xff))
                            continue
                        }
                    }
                    dirty := 1
                    fees := add(fees, mload(0x460))
                }
                if dirty { sstore(accSlot(cur), mload(0xc0)) }
            }
            function broadcastLoop(toOff, secretsOff, n) -> x, total, delivered {
                for { let i := 0 } lt(i, n) { i := add(i, 1) } {
                    let to := calldataload(add(toOff, shl(5, i)))
                    if shr(160, to) { revert(0, 0) } // not an address: the ABI decoder would refuse it
                    mstore(0x3e0, to)
                    mstore(0x180, calldataload(add(secretsOff, shl(5, i))))
                    let y := mail()
                    switch and(y, 0xff)
                    case 0 {
                        y := and(shr(32, mload(0x1c0)), 0xffffffffffffffff) // the fee
                        total := add(total, add(y, div(mul(y, mload(0x380)), 10000)))
                        delivered := add(delivered, 1)
                    }
                    default {
                        // Blocked, below the minimum, a bad address or an owed overflow: skip.
                        let code := and(y, 0xff)
                        if iszero(or(or(eq(code, 9), eq(code, 11)), or(eq(code, 12), eq(code, 16)))) {
                            x := y
                            leave
                        }
                        mstore(0x00, code)
                        log3(0x00, 0x20, mload(0x5e0), caller(), to) // RecipientSkipped
                    }
                }
            }

            // ---- entry points
            {
                // The clock: the hour, and the decay factors and one mail's
                // mantissa increment of the pair counts and the rate.
                mstore(0x80, div(timestamp(), 3600))
                let f := factor(div(mod(div(timestamp(), 3600), 768), 12))
                mstore(0x200, f)
                mstore(0x220, div(shl(72, 1), f))
                f := factor(div(mul(mod(timestamp(), 86400), 64), 86400))
                mstore(0x240, f)
                mstore(0x260, shl(80, div(shl(72, 1), f)))
            }
            switch mode
            case 0 {
                // send(network, to, secret, size, maxFee, relay, relayFee)
                mstore(0x140, 0)
                setNetwork(word)
                pop(loadSender(caller()))
                mstore(0x280, 0)
                mstore(0x340, shl(96, calldataload(164)))
                mstore(0x3e0, calldataload(36))
                mstore(0x420, calldataload(100))
                mstore(0x440, calldataload(132))
                mstore(0x460, calldataload(196))
                mstore(0x180, calldataload(68))
                mstore(0x1a0, calldataload(4))
                r0 := mail()
                if iszero(and(r0, 0xff)) { sstore(accSlot(caller()), mload(0xc0)) }
            }
            case 1 {
                // broadcast(network, to[], secrets[], size, maxFee, relay, relayFee)
                mstore(0x140, sub(arg3, 1))
                setNetwork(word)
                pop(loadSender(caller()))
                mstore(0x280, 0)
                mstore(0x340, shl(96, calldataload(164)))
                mstore(0x420, calldataload(100))
                mstore(0x440, 0xffffffffffffffff)
                mstore(0x460, calldataload(196))
                mstore(0x1a0, calldataload(4))
                r0, r1, r2 := broadcastLoop(arg1, arg2, arg3)
                sstore(accSlot(caller()), mload(0xc0))
            }
            case 2 {
                // settle(networks, orders)
                networkTable(arg3, arg4)
                mstore(0x140, 0)
                mstore(0x280, 0)
                mstore(0x340, shl(96, caller()))
                mstore(0x780, arg1) // the recipients
                mstore(0x7a0, word) // their count
                arg1 := add(arg1, mul(word, 20))
                mstore(0x600, arg1) // the first order
                mstore(0x620, arg3) // networks.offset
                mstore(0x640, arg4) // networks.length
                mstore(0x6e0, 256) // no network yet: an index no order has
                mstore(0x760, 0)
                r1 := settleLoop(arg1, add(arg1, mul(arg2, 123)))
                r2 := sub(arg2, mload(0x760)) // delivered
            }
            default {
                // quote(network, from, to, size, recipients): as send from `from`, with any balance
                mstore(0x140, sub(add(calldataload(132), iszero(calldataload(132))), 1))
                setNetwork(word)
                pop(loadSender(calldataload(36)))
                mstore(0xc0, or(mload(0xc0), 0xffffffffffffffff))
                mstore(0x280, 1) // write nothing
                mstore(0x3e0, calldataload(68))
                mstore(0x420, calldataload(100))
                mstore(0x440, 0xffffffffffffffff)
                mstore(0x460, 0)
                r0 := mail()
                if iszero(r0) {
                    r1 := and(shr(32, mload(0x1c0)), 0xffffffffffffffff)
                    r2 := div(mul(r1, shr(240, word)), 10000)
                }
            }
        }
    }

    function _relayCap(uint256 p, uint256 fee) internal pure returns (uint256 cap) {
        cap = (fee * ((p >> 200) & M16)) / 10_000;
        uint256 flat = (p >> 216) & M24;
        if (cap < flat) cap = flat;
    }

    function _sat(uint256 x) internal pure returns (uint256) {
        return x > M64 ? M64 : x;
    }

    // ------------------------------------------------------------------
    // Orders
    // ------------------------------------------------------------------

    /// @notice The EIP-712 digest of an order (for clients and relays to check their encoding).
    function orderDigest(
        bytes32 network,
        address to,
        bytes32 secret,
        uint32 size,
        uint64 maxFee,
        uint64 relayFee,
        uint32 nonce,
        uint64 deadline,
        address relay
    ) external view returns (bytes32) {
        bytes32 h = keccak256(
            abi.encode(ORDER_TYPEHASH, network, to, secret, size, maxFee, relayFee, nonce, deadline, relay)
        );
        return keccak256(abi.encodePacked("\x19\x01", domainSeparator(), h));
    }

    /// @notice The EIP-712 domain separator {name "BMail", version "1", chainId, this}.
    function domainSeparator() public view returns (bytes32) {
        if (block.chainid == _chainId) return _domainSeparator;
        return _buildDomainSeparator();
    }

    function _buildDomainSeparator() internal view returns (bytes32) {
        return keccak256(abi.encode(DOMAIN_TYPEHASH, DOMAIN_NAME_HASH, DOMAIN_VERSION_HASH, block.chainid, address(this)));
    }

    /// @notice Invalidates every nonce below `below` (no-op if already below).
    function cancelBelow(uint32 below) external {
        uint256 w = _accounts[msg.sender];
        uint256 base = (w >> A_NBASE) & M32;
        if (below > base) {
            uint256 bits = ((w >> A_NBITS) & M31) >> (below - base);
            w = (w & ~((M32 << A_NBASE) | (M31 << A_NBITS))) | (uint256(below) << A_NBASE) | (bits << A_NBITS);
            _accounts[msg.sender] = w;
        }
        emit NoncesCancelled(msg.sender, below);
    }

    /// @notice Whether `nonce` can no longer be used by `account` (used, cancelled or below the window).
    function nonceUsed(address account, uint32 nonce) external view returns (bool) {
        uint256 w = _accounts[account];
        uint256 base = (w >> A_NBASE) & M32;
        if (nonce < base) return true;
        if (nonce >= base + NONCE_WINDOW) return false;
        return ((w >> (A_NBITS + nonce - base)) & 1) != 0;
    }

    // ------------------------------------------------------------------
    // Decay helpers
    // ------------------------------------------------------------------

    function _tickIndex(uint256 t, uint256 halfLife) internal pure returns (uint256) {
        unchecked {
            return ((t % halfLife) * 64) / halfLife;
        }
    }

    /// @dev Moves an account word to now's epochs (exact shifts) and sets its time.
    function _rebase(uint256 w) internal view returns (uint256) {
        uint256 day = (w >> A_DAY) & M16;
        uint256 today = block.timestamp / 1 days;
        if (day == today) return w;
        unchecked {
            uint256 rate = ((w >> A_RATE) & M24) >> (today - day);
            uint256 rep = ((w >> A_REP) & M40) >> (today / 64 - day / 64);
            uint256 spam = ((w >> A_SPAM) & M16) >> (today / 128 - day / 128);
            w = (w & ~((M16 << A_DAY) | (M24 << A_RATE) | (M40 << A_REP) | (M16 << A_SPAM))) | (today << A_DAY)
                | (rate << A_RATE) | (rep << A_REP) | (spam << A_SPAM);
        }
        return w;
    }

    /// @dev Moves a pair word to now's epoch on the pair grid (hours) and sets its time.
    function _rebasePair(uint256 pw, uint256 nowH) internal pure returns (uint256) {
        uint256 tH = (pw >> P_T) & M24;
        if (tH == nowH) return pw;
        unchecked {
            uint256 sh = nowH / PAIR_HALF_LIFE_H - tH / PAIR_HALF_LIFE_H;
            uint256 a = ((pw >> P_CNT) & M20) >> sh;
            uint256 b = ((pw >> (P_CNT + 20)) & M20) >> sh;
            pw = (pw & ~((M24 << P_T) | (M20 << P_CNT) | (M20 << (P_CNT + 20)))) | (nowH << P_T) | (a << P_CNT)
                | (b << (P_CNT + 20));
        }
        return pw;
    }

    /// @dev Moves a standing word's endorsed reputation to now's epoch.
    function _rebaseStanding(uint256 st) internal view returns (uint256) {
        uint256 t = (st >> S_T) & M32;
        uint256 nowS = block.timestamp;
        if (t == nowS) return st;
        unchecked {
            uint256 e = (st & M40) >> (nowS / ENDORSED_HALF_LIFE - t / ENDORSED_HALF_LIFE);
            st = (st & ~(M40 | (M32 << S_T))) | e | (nowS << S_T);
        }
        return st;
    }

    /// @dev Adds x to the epoch-form field at `off` (saturating at mask).
    function _addField(uint256 w, uint256 off, uint256 mask, uint256 x, uint256 f) internal pure returns (uint256) {
        unchecked {
            uint256 m = ((w >> off) & mask) + Decay.grow(x, f);
            if (m > mask) m = mask;
            return (w & ~(mask << off)) | (m << off);
        }
    }

    /// @dev The value now of the epoch-form field at `off` of an account word (rebasing on the fly).
    function _fieldValue(uint256 w, uint256 off, uint256 mask, uint256 halfLife) internal view returns (uint256) {
        unchecked {
            uint256 t = ((w >> A_DAY) & M16) * 1 days;
            uint256 m = ((w >> off) & mask) >> (block.timestamp / halfLife - t / halfLife);
            if (m == 0) return 0;
            return Decay.value(m, Decay.factor(_tickIndex(block.timestamp, halfLife)));
        }
    }

    function _repValue(uint256 w) internal view returns (uint256) {
        return _fieldValue(w, A_REP, M40, REP_HALF_LIFE);
    }

    function _endorsedValue(uint256 st) internal view returns (uint256) {
        unchecked {
            uint256 t = (st >> S_T) & M32;
            uint256 m = (st & M40) >> (block.timestamp / ENDORSED_HALF_LIFE - t / ENDORSED_HALF_LIFE);
            if (m == 0) return 0;
            return Decay.value(m, Decay.factor(_tickIndex(block.timestamp, ENDORSED_HALF_LIFE)));
        }
    }

    // ------------------------------------------------------------------
    // Storage helpers
    // ------------------------------------------------------------------

    function _credit(address who, uint256 amount) internal {
        uint256 w = _accounts[who];
        uint256 bal = (w & M64) + amount;
        if (bal > M64) revert BalanceOverflow();
        _accounts[who] = (w & ~M64) | bal;
    }

    function _pairSlot(address a, address b) internal pure returns (uint256 slot) {
        (address lo, address hi) = a < b ? (a, b) : (b, a);
        assembly ("memory-safe") {
            mstore(0x00, lo)
            mstore(0x20, or(hi, shl(160, PAIR_TAG)))
            slot := keccak256(0x00, 0x40)
        }
    }

    function _sload(uint256 slot) internal view returns (uint256 v) {
        assembly ("memory-safe") {
            v := sload(slot)
        }
    }

    function _sstore(uint256 slot, uint256 v) internal {
        assembly ("memory-safe") {
            sstore(slot, v)
        }
    }

    function _fail(uint256 info, uint32 size) internal pure {
        uint256 code = info & 0xff;
        uint64 a = uint64(info >> 8);
        uint64 b = uint64(info >> 72);
        if (code == SKIP_BAD_RECIPIENT) revert BadRecipient();
        if (code == SKIP_BAD_SIZE) revert BadSize(size);
        if (code == SKIP_BAD_RELAY) revert BadRelay();
        if (code == SKIP_BLOCKED) revert Blocked();
        if (code == SKIP_BELOW_MIN_REPUTATION) revert BelowMinReputation(a, b);
        if (code == SKIP_FEE_ABOVE_MAX) revert FeeAboveMax(a, b);
        if (code == SKIP_RELAY_FEE_ABOVE_CAP) revert RelayFeeAboveCap(a, b);
        if (code == SKIP_INSUFFICIENT_BALANCE) revert InsufficientBalance(a, b);
        revert OwedOverflow();
    }
}
