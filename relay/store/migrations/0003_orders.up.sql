-- Payment orders handed to the settlement batcher (SPEC.md §6.9). They hold
-- release secrets: nothing serves or forwards them.
CREATE TABLE orders (
	id          BLOB    PRIMARY KEY,  -- hashStruct(order), the order id
	signer      BLOB    NOT NULL,     -- the recovered sender (20 bytes)
	nonce       INTEGER NOT NULL,
	msgid       BLOB    NOT NULL,     -- keccak256(secret)
	recipient   BLOB    NOT NULL,     -- the order's `to` (20 bytes)
	body        BLOB    NOT NULL,     -- canonical order JSON, signature included
	debit       INTEGER NOT NULL,     -- the most it can take from the sender: max_fee + relay_fee (gwei)
	relay_fee   INTEGER NOT NULL,     -- gwei
	deadline    INTEGER NOT NULL,     -- unix seconds
	received_at INTEGER NOT NULL,     -- unix milliseconds
	origin      TEXT    NOT NULL,     -- submitter network (IPv4 address or IPv6 /64)
	state       INTEGER NOT NULL,     -- 1 queued, 2 submitted, 3 settled, 4 dropped
	batch       INTEGER,              -- batches.id while submitted, settled or dropped on chain
	reason      TEXT,                 -- dropped: why
	updated_at  INTEGER NOT NULL      -- unix seconds
) WITHOUT ROWID;
CREATE INDEX orders_signer_open ON orders(signer) WHERE state IN (1, 2);
CREATE INDEX orders_queued ON orders(received_at) WHERE state = 1;
CREATE INDEX orders_batch ON orders(batch) WHERE batch IS NOT NULL;
CREATE INDEX orders_done ON orders(deadline) WHERE state IN (3, 4);

-- Settlement transactions: one row per operator nonce used. The signed
-- versions (the first and every fee bump) are in batch_txs, recorded before
-- they are broadcast.
CREATE TABLE batches (
	id          INTEGER PRIMARY KEY AUTOINCREMENT,
	nonce       INTEGER NOT NULL,     -- the operator account's transaction nonce
	created_at  INTEGER NOT NULL,     -- unix seconds
	state       INTEGER NOT NULL,     -- 1 sent, 2 mined, 3 final, 4 abandoned
	orders      INTEGER NOT NULL,
	calldata    INTEGER NOT NULL,     -- calldata bytes
	tx_hash     BLOB,                 -- mined: the version that was mined
	block       INTEGER,              -- mined: block number
	block_hash  BLOB,
	gas_used    INTEGER,
	exec_gwei   INTEGER,              -- final: gas used × effective gas price, rounded up
	l1_gwei     INTEGER,              -- final: L1 data fee estimate for the calldata
	delivered   INTEGER,
	skipped     INTEGER,
	relay_fees  INTEGER,              -- final: gwei credited to the operator
	final_at    INTEGER               -- unix seconds
);
CREATE INDEX batches_open ON batches(state) WHERE state IN (1, 2);
CREATE INDEX batches_final ON batches(final_at) WHERE state = 3;

CREATE TABLE batch_txs (
	hash        BLOB    PRIMARY KEY,
	batch       INTEGER NOT NULL,
	raw         BLOB    NOT NULL,     -- the signed transaction, re-sent as is
	tip_wei     INTEGER NOT NULL,
	fee_cap_wei INTEGER NOT NULL,
	sent_at     INTEGER NOT NULL      -- unix seconds, when recorded
);
CREATE INDEX batch_txs_batch ON batch_txs(batch);
