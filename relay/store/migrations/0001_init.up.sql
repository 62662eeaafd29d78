-- Events the relay holds, and tombstones of those it no longer serves.
-- seq is the relay's receive order (AUTOINCREMENT: never reused, so a
-- client's cursor never skips an event).
CREATE TABLE events (
	seq         INTEGER PRIMARY KEY AUTOINCREMENT,
	id          BLOB    NOT NULL UNIQUE,
	pubkey      BLOB    NOT NULL,
	kind        INTEGER NOT NULL,
	created_at  INTEGER NOT NULL,
	route       BLOB    NOT NULL, -- envelopes: recipient (p); bundles: account word (w)
	received_at INTEGER NOT NULL,
	expires_at  INTEGER NOT NULL, -- live rows: end of retention; tombstones: when to forget them
	state       INTEGER NOT NULL, -- see store.State
	size        INTEGER NOT NULL, -- bytes of json while live
	origin      TEXT    NOT NULL, -- submitter network (IPv4 address or IPv6 /64)
	paid_block  INTEGER,          -- block of the payment that made it paid
	expiration  INTEGER,          -- NIP-40 expiration tag, if any: caps every retention
	json        BLOB              -- canonical event JSON; NULL for tombstones
);
CREATE INDEX events_route ON events(route, seq);
CREATE INDEX events_expiry ON events(expires_at);
CREATE INDEX events_author ON events(pubkey, kind);
CREATE INDEX events_origin_unpaid ON events(origin, seq) WHERE state = 1;

-- msgId commitments in each envelope's header (keccak256 of a release secret).
CREATE TABLE msgids (
	msgid BLOB    NOT NULL,
	seq   INTEGER NOT NULL,
	PRIMARY KEY (msgid, seq)
) WITHOUT ROWID;
CREATE INDEX msgids_seq ON msgids(seq);

-- Final Delivered logs seen by the chain follower.
CREATE TABLE payments (
	block       INTEGER NOT NULL,
	log_index   INTEGER NOT NULL,
	msgid       BLOB    NOT NULL, -- keccak256(secret)
	recipient   BLOB    NOT NULL, -- the log's `to`, as a 32-byte word
	seen_at     INTEGER NOT NULL,
	PRIMARY KEY (block, log_index)
);
CREATE INDEX payments_msgid ON payments(msgid);

-- The chain follower's cursor: the last block processed and its hash.
CREATE TABLE chain_cursor (
	id     INTEGER PRIMARY KEY CHECK (id = 1),
	number INTEGER NOT NULL,
	hash   BLOB    NOT NULL
);
