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
    /// @notice Bytes per packed order in settle().
    uint256 internal constant ORDER_BYTES = 150;
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
    uint256 internal constant P_PAID = 160; // u24 hours, LH at 160, HL at 184
    uint256 internal constant P_BURN = 208; // u16 Σ burn of the pending paid mails (gwei, saturating), LH at 208, HL at 224
    uint256 internal constant P_PEND = 240; // u3, LH at 240, HL at 243
    uint256 internal constant P_COLD = 246; // LH 246, HL 247
    uint256 internal constant P_MARK = 248; // LH 248, HL 249
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
    event Delivered(
        address indexed to,
        address from,
        bytes32 secret,
        uint64 fee,
        uint32 size,
        bytes32 network,
        address relay,
        uint64 relayFee
    );
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
        uint256 p = _params(network);
        if (p == 0) revert UnknownNetwork(network);
        uint256 acct = _rebase(_accounts[msg.sender]);
        (uint256 acct2, uint256 info) =
            _deliver(p, acct, msg.sender, Mail(network, to, secret, size, maxFee, relay, relayFee, 1), _clock());
        if (info & 0xff != 0) _fail(info, size);
        _accounts[msg.sender] = acct2;
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
        uint256 acct = _rebase(_accounts[msg.sender]);
        uint256 price;
        uint256 delivered;
        Clock memory c = _clock();
        Mail memory m = Mail(network, address(0), 0, size, M64, relay, relayFee, n);
        for (uint256 i; i < n; ++i) {
            m.to = to[i];
            m.secret = secrets[i];
            (uint256 acct2, uint256 info) = _deliver(p, acct, msg.sender, m, c);
            uint256 code = info & 0xff;
            if (code == 0) {
                price += info >> 8;
                acct = acct2;
                ++delivered;
            } else if (
                code == SKIP_BLOCKED || code == SKIP_BELOW_MIN_REPUTATION || code == SKIP_BAD_RECIPIENT
                    || code == SKIP_OWED_OVERFLOW
            ) {
                emit RecipientSkipped(msg.sender, to[i], uint8(code));
            } else {
                _fail(info, size);
            }
        }
        if (price > maxFee) revert FeeAboveMax(uint64(price > M64 ? M64 : price), maxFee);
        _accounts[msg.sender] = acct;
        if (relayFee != 0 && delivered != 0) _credit(relay, relayFee * delivered);
    }

    /// @notice Settles a batch of EIP-712 orders signed by senders for this relay
    /// (msg.sender). `orders` is ORDER_BYTES per order, packed big-endian:
    /// to(20) size(4) maxFee(8) secret(32) relayFee(8) nonce(4) deadline(8)
    /// networkIndex(1) v(1) r(32) s(32); networkIndex points into `networks`.
    /// A bad order is skipped with OrderSkipped(reason); the batch never reverts
    /// because of one. The relay fees are credited to msg.sender once.
    function settle(bytes32[] calldata networks, bytes calldata orders) external {
        uint256 count = orders.length / ORDER_BYTES;
        if (orders.length != count * ORDER_BYTES) revert BadOrders();
        uint256[] memory words = new uint256[](networks.length);
        for (uint256 k; k < networks.length; ++k) {
            words[k] = _params(networks[k]);
        }
        bytes32 domain = domainSeparator();
        Mail memory m;
        m.n = 1;
        m.relay = msg.sender;
        Clock memory c = _clock();
        address cur;
        uint256 acct;
        bool known;
        bool dirty;
        uint256 relayFees;
        uint256 delivered;
        for (uint256 i; i < count; ++i) {
            uint256 off;
            unchecked {
                off = i * ORDER_BYTES;
            }
            (address signer, uint256 nonce, uint256 deadline, uint256 netIdx, uint256 bad) =
                _readOrder(orders, off, m, networks, domain);
            if (bad != 0) {
                emit OrderSkipped(signer, uint32(nonce), uint16(i), uint8(bad));
                continue;
            }
            if (signer != cur) {
                if (dirty) _accounts[cur] = acct;
                dirty = false;
                cur = signer;
                uint256 raw = _accounts[signer];
                known = raw != 0;
                acct = _rebase(raw);
            }
            uint256 code;
            if (!known) {
                code = SKIP_UNKNOWN_SIGNER;
            } else if (deadline < block.timestamp) {
                code = SKIP_EXPIRED;
            } else if (deadline > block.timestamp + MAX_DEADLINE_AHEAD) {
                code = SKIP_DEADLINE_TOO_FAR;
            } else if (netIdx >= words.length || words[netIdx] == 0) {
                code = SKIP_UNKNOWN_NETWORK;
            }
            uint256 nw;
            if (code == 0) (nw, code) = _useNonce(acct, nonce);
            if (code == 0) {
                (uint256 acct2, uint256 info) = _deliver(words[netIdx], nw, signer, m, c);
                code = info & 0xff;
                if (code == 0) {
                    acct = acct2;
                    dirty = true;
                    unchecked {
                        relayFees += m.relayFee;
                        ++delivered;
                    }
                    continue;
                }
            }
            emit OrderSkipped(signer, uint32(nonce), uint16(i), uint8(code));
        }
        if (dirty) _accounts[cur] = acct;
        if (relayFees != 0) _credit(msg.sender, relayFees);
        emit Settled(msg.sender, uint32(delivered), uint32(count - delivered), uint64(relayFees));
    }

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
        uint256 pend = (pw >> (P_PEND + 3 * d)) & M3;
        uint256 paid = (pw >> (P_PAID + 24 * d)) & M24;
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
            if ((pw >> (P_COLD + d)) & 1 == 0) revert NotColdMail();
            if ((pw >> (P_MARK + d)) & 1 != 0) revert SpamAlreadyMarked();
            pw = (pw & ~(M3 << (P_PEND + 3 * d)) & ~(M24 << (P_PAID + 24 * d)) & ~(M16 << (P_BURN + 16 * d)))
                | (uint256(1) << (P_MARK + d)) | (nowH << (P_PAID + 24 * d));
            sw = _addField(sw, A_SPAM, M16, COUNT_UNIT, Decay.factor(_tickIndex(block.timestamp, SPAM_HALF_LIFE)));
        } else {
            // This ack takes an equal share of the burn its pending mails paid.
            uint256 share = ((pw >> (P_BURN + 16 * d)) & M16) / pend;
            pw -= (uint256(1) << (P_PEND + 3 * d)) | (share << (P_BURN + 16 * d));
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
        uint256 half = amount / 2;
        // Receiver side.
        uint256 st = _rebaseStanding(_standing[to]);
        uint256 epoch = block.timestamp / REP_HALF_LIFE;
        uint256 recv = ((st >> S_EPOCH) & M16) == (epoch & M16) ? (st >> S_RECV) & M40 : 0;
        if (recv + half > ENDORSE_MAX) revert EndorseCapExceeded(uint64(ENDORSE_MAX - recv));
        uint256 fe = Decay.factor(_tickIndex(block.timestamp, ENDORSED_HALF_LIFE));
        uint256 before = Decay.value(st & M40, fe);
        st = _addField(st, S_END, M40, half, fe);
        uint256 received = Decay.value(st & M40, fe) - before;
        st = (st & ~((M40 << S_RECV) | (M16 << S_EPOCH))) | ((recv + half) << S_RECV) | ((epoch & M16) << S_EPOCH);
        _standing[to] = st;
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
    /// and the largest relay fee allowed.
    function quote(bytes32 network, address from, address to, uint32 size, uint32 recipients)
        external
        view
        returns (uint64 fee, uint64 burn, uint64 relayCap)
    {
        uint256 p = _params(network);
        if (p == 0) revert UnknownNetwork(network);
        if (size == 0 || size > MAX_SIZE) revert BadSize(size);
        uint256 acct = _rebase(_accounts[from]);
        Clock memory c = _clock();
        uint256 pw = _rebasePair(_sload(_pairSlot(from, to)), c.nowH);
        uint256 d = from > to ? 1 : 0;
        (uint256 f, uint256 b) = _senderFee(p, acct, from, size, recipients == 0 ? 1 : recipients, pw, d, c);
        fee = uint64(f);
        burn = uint64(b);
        relayCap = uint64(_relayCap(p, f));
    }

    // ------------------------------------------------------------------
    // The per-recipient path shared by send, broadcast and settle
    // ------------------------------------------------------------------

    struct Mail {
        bytes32 network;
        address to;
        bytes32 secret;
        uint256 size;
        uint256 maxFee;
        address relay;
        uint256 relayFee;
        uint256 n;
    }

    /// @dev Decay factors of the current block, computed once per call (0 = not yet).
    struct Clock {
        uint256 nowH;
        uint256 fPair;
        uint256 fRate;
        uint256 fRep;
        uint256 fSpam;
        uint256 fEnd;
    }

    function _clock() internal view returns (Clock memory c) {
        c.nowH = block.timestamp / 3600;
        c.fPair = Decay.factor((c.nowH % PAIR_HALF_LIFE_H) / PAIR_TICK_H);
        c.fRate = Decay.factor(_tickIndex(block.timestamp, RATE_HALF_LIFE));
    }

    /// @dev Earned plus endorsed reputation of a rebased account word.
    function _senderRep(uint256 acct, address who, Clock memory c) internal view returns (uint256 r) {
        uint256 m = (acct >> A_REP) & M40;
        if (m != 0) {
            if (c.fRep == 0) c.fRep = Decay.factor(_tickIndex(block.timestamp, REP_HALF_LIFE));
            r = Decay.value(m, c.fRep);
        }
        if ((acct >> A_HAS_STANDING) & 1 != 0) {
            uint256 st = _standing[who];
            uint256 e = (st & M40) >> (block.timestamp / ENDORSED_HALF_LIFE - ((st >> S_T) & M32) / ENDORSED_HALF_LIFE);
            if (e != 0) {
                if (c.fEnd == 0) c.fEnd = Decay.factor(_tickIndex(block.timestamp, ENDORSED_HALF_LIFE));
                r += Decay.value(e, c.fEnd);
            }
        }
    }

    /// @dev Spam marks of a rebased account word (COUNT_UNIT per mark).
    function _senderSpam(uint256 acct, Clock memory c) internal view returns (uint256) {
        uint256 m = (acct >> A_SPAM) & M16;
        if (m == 0) return 0;
        if (c.fSpam == 0) c.fSpam = Decay.factor(_tickIndex(block.timestamp, SPAM_HALF_LIFE));
        return Decay.value(m, c.fSpam);
    }

    /// @dev Prices and delivers one mail from `from` (account word `acct`, already
    /// rebased to now). Writes the pair slot and emits Delivered on success and
    /// returns the debited account word and info = price << 8. On failure writes
    /// nothing and returns info = code | a << 8 | b << 72 (error arguments).
    function _deliver(uint256 p, uint256 acct, address from, Mail memory m, Clock memory c)
        internal
        returns (uint256, uint256)
    {
        uint256 rep = _senderRep(acct, from, c);
        uint256 slot;
        uint256 pw;
        uint256 d;
        uint256 fwd;
        uint256 rev;
        uint256 info;
        uint256 stBase;
        assembly ("memory-safe") {
            stBase := _standing.slot
        }
        assembly ("memory-safe") {
            function check(m_, from_, c_, rep_, stBase_) -> slot_, pw_, d_, fwd_, rev_, info_ {
                let to := mload(add(m_, 0x20))
                if or(iszero(to), eq(to, from_)) {
                    info_ := 9 // SKIP_BAD_RECIPIENT
                    leave
                }
                let size := mload(add(m_, 0x60))
                if or(iszero(size), gt(size, 0x1000000)) {
                    info_ := 10 // SKIP_BAD_SIZE
                    leave
                }
                if and(iszero(iszero(mload(add(m_, 0xc0)))), iszero(mload(add(m_, 0xa0)))) {
                    info_ := 17 // SKIP_BAD_RELAY
                    leave
                }
                let lo := from_
                let hi := to
                if gt(from_, to) {
                    lo := to
                    hi := from_
                    d_ := 1
                }
                mstore(0x00, lo)
                mstore(0x20, or(hi, shl(160, 0xb3a11)))
                slot_ := keccak256(0x00, 0x40)
                pw_ := sload(slot_)
                let nowH := mload(c_)
                let tH := and(shr(96, pw_), 0xffffff)
                if iszero(eq(tH, nowH)) {
                    let sh := sub(div(nowH, 768), div(tH, 768))
                    let a := shr(sh, and(shr(120, pw_), 0xfffff))
                    let b := shr(sh, and(shr(140, pw_), 0xfffff))
                    pw_ := or(
                        and(pw_, not(shl(96, 0xffffffffffffffff))),
                        or(shl(96, nowH), or(shl(120, a), shl(140, b)))
                    )
                }
                if and(shr(sub(251, d_), pw_), 1) {
                    info_ := 11 // SKIP_BLOCKED
                    leave
                }
                let fp := mload(add(c_, 0x20))
                fwd_ := shr(64, mul(and(shr(add(120, mul(20, d_)), pw_), 0xfffff), fp))
                rev_ := shr(64, mul(and(shr(sub(140, mul(20, d_)), pw_), 0xfffff), fp))
                let coldBit := shl(add(246, d_), 1)
                switch lt(rev_, 16)
                case 1 {
                    mstore(0x00, to)
                    mstore(0x20, stBase_)
                    let minRep := and(shr(128, sload(keccak256(0x00, 0x40))), 0xffffffffff)
                    if and(iszero(iszero(minRep)), lt(rep_, minRep)) {
                        info_ := or(12, or(shl(8, rep_), shl(72, minRep))) // SKIP_BELOW_MIN_REPUTATION
                        leave
                    }
                    pw_ := or(pw_, coldBit)
                }
                default { pw_ := and(pw_, not(coldBit)) }
            }
            slot, pw, d, fwd, rev, info := check(m, from, c, rep, stBase)
        }
        if (info != 0) return (acct, info);
        (uint256 fee, uint256 burn, uint256 used) = _fee(
            p,
            m.size,
            m.n,
            Decay.value((acct >> A_RATE) & M24, c.fRate),
            rep,
            _senderSpam(acct, c),
            fwd,
            rev,
            (acct >> A_CREDIT) & M32
        );
        acct -= used << A_CREDIT;
        bytes32 topic = Delivered.selector;
        assembly ("memory-safe") {
            function sat(x) -> y {
                y := x
                if gt(x, 0xffffffffffffffff) { y := 0xffffffffffffffff }
            }
            function effects(p_, acct_, from_, m_, c_, fee_, burn_, slot_, pw_, d_, topic_) -> a2, info_ {
                a2 := acct_
                let price := add(fee_, burn_)
                let maxFee := mload(add(m_, 0x80))
                if gt(price, maxFee) {
                    info_ := or(13, or(shl(8, sat(price)), shl(72, maxFee))) // SKIP_FEE_ABOVE_MAX
                    leave
                }
                let relayFee := mload(add(m_, 0xc0))
                let cap := div(mul(fee_, and(shr(200, p_), 0xffff)), 10000)
                let flat := and(shr(216, p_), 0xffffff)
                if lt(cap, flat) { cap := flat }
                if gt(relayFee, cap) {
                    info_ := or(14, or(shl(8, relayFee), shl(72, cap))) // SKIP_RELAY_FEE_ABOVE_CAP
                    leave
                }
                let total := add(price, relayFee)
                let bal := and(acct_, 0xffffffffffffffff)
                if gt(total, bal) {
                    info_ := or(15, or(shl(8, bal), shl(72, sat(total)))) // SKIP_INSUFFICIENT_BALANCE
                    leave
                }
                let owedOff := sub(48, mul(48, d_))
                let owed := add(and(shr(owedOff, pw_), 0xffffffffffff), fee_)
                if gt(owed, 0xffffffffffff) {
                    info_ := 16 // SKIP_OWED_OVERFLOW
                    leave
                }
                // Sender: debit, and one more mail in the rate (epoch form).
                a2 := sub(acct_, total)
                let rm := add(and(shr(80, a2), 0xffffff), div(shl(72, 1), mload(add(c_, 0x40))))
                if gt(rm, 0xffffff) { rm := 0xffffff }
                a2 := or(and(a2, not(shl(80, 0xffffff))), shl(80, rm))
                // Pair: owed to the recipient, one more mail in the count.
                pw_ := or(and(pw_, not(shl(owedOff, 0xffffffffffff))), shl(owedOff, owed))
                let cOff := add(120, mul(20, d_))
                let cm := add(and(shr(cOff, pw_), 0xfffff), div(shl(72, 1), mload(add(c_, 0x20))))
                if gt(cm, 0xfffff) { cm := 0xfffff }
                pw_ := or(and(pw_, not(shl(cOff, 0xfffff))), shl(cOff, cm))
                // Pending acks and their burn, paid hour (kept while a spam mark is fresh).
                let nowH := mload(c_)
                let pendOff := add(240, mul(3, d_))
                let paidOff := add(160, mul(24, d_))
                let burnOff := add(208, mul(16, d_))
                let pend := and(shr(pendOff, pw_), 7)
                let sum := and(shr(burnOff, pw_), 0xffff)
                let paid := and(shr(paidOff, pw_), 0xffffff)
                let expired := iszero(lt(sub(nowH, paid), 720))
                if expired {
                    pend := 0
                    sum := 0
                }
                if lt(pend, 7) { pend := add(pend, 1) }
                let markBit := shl(add(248, d_), 1)
                switch and(pw_, markBit)
                case 0 { paid := nowH }
                default {
                    if expired {
                        pw_ := and(pw_, not(markBit))
                        paid := nowH
                    }
                }
                let b := add(sum, burn_)
                if gt(b, 0xffff) { b := 0xffff }
                pw_ := or(
                    and(pw_, not(or(or(shl(pendOff, 7), shl(paidOff, 0xffffff)), shl(burnOff, 0xffff)))),
                    or(or(shl(pendOff, pend), shl(paidOff, paid)), shl(burnOff, b))
                )
                sstore(slot_, pw_)
                let ptr := mload(0x40)
                mstore(ptr, from_)
                mstore(add(ptr, 0x20), mload(add(m_, 0x40)))
                mstore(add(ptr, 0x40), fee_)
                mstore(add(ptr, 0x60), mload(add(m_, 0x60)))
                mstore(add(ptr, 0x80), mload(m_))
                mstore(add(ptr, 0xa0), mload(add(m_, 0xa0)))
                mstore(add(ptr, 0xc0), relayFee)
                log2(ptr, 0xe0, topic_, mload(add(m_, 0x20)))
                info_ := shl(8, price)
            }
            acct, info := effects(p, acct, from, m, c, fee, burn, slot, pw, d, topic)
        }
        return (acct, info);
    }

    /// @dev The fee of a mail from a rebased account on a rebased pair word (views).
    function _senderFee(
        uint256 p,
        uint256 acct,
        address from,
        uint256 size,
        uint256 n,
        uint256 pw,
        uint256 d,
        Clock memory c
    ) internal view returns (uint256, uint256) {
        uint256 fwd = Decay.value((pw >> (P_CNT + 20 * d)) & M20, c.fPair);
        uint256 rev = Decay.value((pw >> (P_CNT + 20 - 20 * d)) & M20, c.fPair);
        uint256 rate = Decay.value((acct >> A_RATE) & M24, c.fRate);
        (uint256 fee, uint256 burn,) =
            _fee(p, size, n, rate, _senderRep(acct, from, c), _senderSpam(acct, c), fwd, rev, (acct >> A_CREDIT) & M32);
        return (fee, burn);
    }

    /// @dev The fee formula (SPEC.md §7.6). All steps floor; each multiplication
    /// saturates at 2^64-1. Returns the fee, its burn and the credit it used:
    /// what the reputation takes off the fee a sender without reputation pays
    /// is paid from `credit`, gwei of price for gwei of credit (used ≤ credit).
    function _fee(
        uint256 p,
        uint256 size,
        uint256 n,
        uint256 rate,
        uint256 rep,
        uint256 spam,
        uint256 fwd,
        uint256 rev,
        uint256 credit
    ) internal pure returns (uint256 fee, uint256 burn, uint256 used) {
        assembly ("memory-safe") {
            function sat(x) -> y {
                y := x
                if gt(x, 0xffffffffffffffff) { y := 0xffffffffffffffff }
            }
            fee := add(and(p, 0xffffffff), mul(and(shr(32, p), 0xffffffff), sub(shr(12, add(size, 4095)), 1)))
            let free := shl(8, and(shr(64, p), 0xffff))
            if gt(rate, free) {
                let step := shl(8, and(shr(80, p), 0xffff))
                fee := sat(div(mul(fee, add(step, sub(rate, free))), step))
            }
            let w := and(shr(96, p), 0xff)
            if and(iszero(iszero(rev)), iszero(iszero(w))) {
                fee := div(mul(fee, add(256, fwd)), add(add(256, fwd), mul(w, rev)))
            }
            let spamBps := shr(8, mul(and(shr(168, p), 0xffff), spam))
            let full := sat(div(mul(fee, add(add(10000, and(shr(152, p), 0xffff)), spamBps)), 10000))
            let recip := 10000
            if gt(n, 1) {
                recip := add(10000, mul(and(shr(184, p), 0xffff), sub(n, 1)))
                full := sat(div(mul(full, recip), 10000))
            }
            let burnBps := shr(240, p)
            let fullBurn := div(mul(full, burnBps), 10000)
            burn := fullBurn
            let f := full
            if and(iszero(iszero(rep)), iszero(iszero(credit))) {
                let t := and(shr(104, p), 0xffffffff)
                let mult := 10000
                switch lt(rep, t)
                case 1 { mult := add(mult, div(mul(and(shr(152, p), 0xffff), sub(t, rep)), t)) }
                default {
                    let over := sub(rep, t)
                    if gt(over, t) { over := t }
                    mult := sub(mult, div(mul(and(shr(136, p), 0xffff), over), t))
                }
                let repFee := sat(div(mul(fee, add(mult, spamBps)), 10000))
                if gt(n, 1) { repFee := sat(div(mul(repFee, recip), 10000)) }
                if lt(repFee, full) {
                    let a := div(mul(credit, 10000), add(10000, burnBps))
                    let gap := sub(full, repFee)
                    if lt(gap, a) { a := gap }
                    f := sub(full, a)
                    burn := div(mul(f, burnBps), 10000)
                    used := add(a, sub(fullBurn, burn))
                }
            }
            fee := f
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

    /// @dev Decodes order `off` into m, verifies the signature shape and recovers the signer.
    function _readOrder(
        bytes calldata orders,
        uint256 off,
        Mail memory m,
        bytes32[] calldata networks,
        bytes32 domain
    ) internal view returns (address signer, uint256 nonce, uint256 deadline, uint256 netIdx, uint256 bad) {
        uint256 w0;
        uint256 w2;
        uint256 r;
        uint256 s;
        uint256 v;
        bytes32 secret;
        assembly ("memory-safe") {
            let ptr := add(orders.offset, off)
            w0 := calldataload(ptr) // to(20) size(4) maxFee(8)
            secret := calldataload(add(ptr, 32))
            w2 := calldataload(add(ptr, 64)) // relayFee(8) nonce(4) deadline(8) netIdx(1) v(1) r[0..10)
            r := calldataload(add(ptr, 86))
            s := calldataload(add(ptr, 118))
        }
        uint256 relayFee = w2 >> 192;
        nonce = (w2 >> 160) & M32;
        deadline = (w2 >> 96) & M64;
        netIdx = (w2 >> 88) & 0xff;
        v = (w2 >> 80) & 0xff;
        m.to = address(uint160(w0 >> 96));
        m.size = (w0 >> 64) & M32;
        m.maxFee = w0 & M64;
        m.secret = secret;
        m.relayFee = relayFee;
        bytes32 network = netIdx < networks.length ? networks[netIdx] : bytes32(0);
        m.network = network;
        if (s > SECP256K1_HALF_N) return (address(0), nonce, deadline, netIdx, SKIP_HIGH_S);
        if (v != 27 && v != 28) return (address(0), nonce, deadline, netIdx, SKIP_BAD_SIGNATURE);
        bytes32 digest;
        bytes32 typeHash = ORDER_TYPEHASH;
        assembly ("memory-safe") {
            let fmp := mload(0x40)
            mstore(fmp, typeHash)
            mstore(add(fmp, 0x20), network)
            mstore(add(fmp, 0x40), shr(96, w0))
            mstore(add(fmp, 0x60), secret)
            mstore(add(fmp, 0x80), and(shr(64, w0), M32))
            mstore(add(fmp, 0xa0), and(w0, M64))
            mstore(add(fmp, 0xc0), relayFee)
            mstore(add(fmp, 0xe0), nonce)
            mstore(add(fmp, 0x100), deadline)
            mstore(add(fmp, 0x120), caller())
            let structHash := keccak256(fmp, 0x140)
            mstore(fmp, 0x1901000000000000000000000000000000000000000000000000000000000000)
            mstore(add(fmp, 0x02), domain)
            mstore(add(fmp, 0x22), structHash)
            digest := keccak256(fmp, 0x42)
        }
        assembly ("memory-safe") {
            let fmp := mload(0x40)
            mstore(fmp, digest)
            mstore(add(fmp, 0x20), v)
            mstore(add(fmp, 0x40), r)
            mstore(add(fmp, 0x60), s)
            mstore(0x00, 0)
            pop(staticcall(gas(), 1, fmp, 0x80, 0x00, 0x20))
            signer := mload(0x00)
        }
        if (signer == address(0)) return (address(0), nonce, deadline, netIdx, SKIP_BAD_SIGNATURE);
    }

    /// @dev Marks `nonce` used in account word w; returns the new word or a skip code.
    function _useNonce(uint256 w, uint256 nonce) internal pure returns (uint256, uint256) {
        uint256 base = (w >> A_NBASE) & M32;
        if (nonce < base) return (w, SKIP_NONCE_TOO_LOW);
        uint256 bits = (w >> A_NBITS) & M31;
        if (nonce >= base + NONCE_WINDOW) {
            uint256 nb = nonce - (NONCE_WINDOW - 1);
            bits >>= (nb - base);
            base = nb;
        }
        uint256 bit = uint256(1) << (nonce - base);
        if (bits & bit != 0) return (w, SKIP_NONCE_USED);
        bits |= bit;
        w = (w & ~((M32 << A_NBASE) | (M31 << A_NBITS))) | (base << A_NBASE) | (bits << A_NBITS);
        return (w, 0);
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
