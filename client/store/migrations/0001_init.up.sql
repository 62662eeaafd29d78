-- b-mail client store, schema 1. Addresses are 20-byte blobs, hashes and
-- ids 32-byte blobs, times unix seconds, amounts gwei.

-- Facts about the store itself: which account and chain it belongs to.
CREATE TABLE meta (
  key   TEXT PRIMARY KEY,
  value BLOB NOT NULL
) WITHOUT ROWID;

-- Key bundles pinned after their hash matched bundleOf(account) on chain.
-- new_* holds a changed bundle whose keys differ, until the user accepts it.
CREATE TABLE bundles (
  account     BLOB PRIMARY KEY,
  hash        BLOB NOT NULL,
  bundle      BLOB NOT NULL,
  fingerprint BLOB NOT NULL,
  pinned_at   INTEGER NOT NULL,
  checked_at  INTEGER NOT NULL,
  new_hash    BLOB,
  new_bundle  BLOB,
  new_seen_at INTEGER
) WITHOUT ROWID;

-- Every mail-signing key a pinned bundle of an account certified (mail
-- signed before a rotation still verifies).
CREATE TABLE signing_keys (
  account     BLOB NOT NULL,
  signing_key BLOB NOT NULL,
  bundle_hash BLOB NOT NULL,
  PRIMARY KEY (account, signing_key)
) WITHOUT ROWID;

-- The user's contact list.
CREATE TABLE contacts (
  account       BLOB PRIMARY KEY,
  name          TEXT NOT NULL DEFAULT '',
  relays        TEXT NOT NULL DEFAULT '', -- relay hints, one per line
  added_at      INTEGER NOT NULL,
  grant_sent_at INTEGER NOT NULL DEFAULT 0 -- signed time of the grant last delivered to them
) WITHOUT ROWID;

-- Contact grants received: account accepts (1) or no longer accepts (0)
-- free mail from the user; the newest signed time wins.
CREATE TABLE grants (
  account BLOB PRIMARY KEY,
  accepts INTEGER NOT NULL,
  time    INTEGER NOT NULL
) WITHOUT ROWID;

-- Senders this client blocked on chain (the chain is authoritative).
CREATE TABLE blocked (
  account BLOB PRIMARY KEY,
  at      INTEGER NOT NULL
) WITHOUT ROWID;

-- Envelopes addressed to the user, deduplicated by the user's msgId.
-- state: waiting (no final payment yet), shown, held (unpaid, sender not a
-- contact), rejected (failed the acceptance rule), control (a contact grant).
CREATE TABLE envelopes (
  msg_id      BLOB PRIMARY KEY,
  envelope    BLOB NOT NULL,
  key_index   INTEGER NOT NULL,
  wrap_index  INTEGER NOT NULL,
  contact     INTEGER NOT NULL,
  received_at INTEGER NOT NULL,
  first_relay TEXT NOT NULL,
  copies      INTEGER NOT NULL DEFAULT 1,
  state       TEXT NOT NULL,
  reason      TEXT NOT NULL DEFAULT '',
  sender      BLOB,
  message     INTEGER
) WITHOUT ROWID;
CREATE INDEX envelopes_state ON envelopes(state);

-- Final Delivered logs addressed to the user.
CREATE TABLE payments (
  block_hash BLOB NOT NULL,
  log_index  INTEGER NOT NULL,
  block      INTEGER NOT NULL,
  block_time INTEGER NOT NULL,
  tx_hash    BLOB NOT NULL,
  msg_id     BLOB NOT NULL,
  secret     BLOB NOT NULL,
  payer      BLOB NOT NULL,
  fee        INTEGER NOT NULL,
  size       INTEGER NOT NULL,
  network    BLOB NOT NULL,
  relay      BLOB NOT NULL,
  relay_fee  INTEGER NOT NULL,
  PRIMARY KEY (block_hash, log_index)
) WITHOUT ROWID;
CREATE INDEX payments_msg_id ON payments(msg_id);
CREATE INDEX payments_block ON payments(block);

-- The Delivered-log follower's position: the last block read and its hash.
CREATE TABLE chain_cursor (
  id     INTEGER PRIMARY KEY CHECK (id = 1),
  number INTEGER NOT NULL,
  hash   BLOB NOT NULL
);

-- Each inbox relay's receive-order cursor.
CREATE TABLE relay_cursors (
  relay TEXT PRIMARY KEY,
  seq   INTEGER NOT NULL
) WITHOUT ROWID;

-- Mail the user can see: opened inbox mail and sent mail.
CREATE TABLE messages (
  id          INTEGER PRIMARY KEY,
  folder      TEXT NOT NULL,
  message_id  BLOB NOT NULL,
  in_reply_to BLOB NOT NULL,
  sender      BLOB NOT NULL,
  to_list     BLOB NOT NULL,
  cc_list     BLOB NOT NULL,
  reply_to    BLOB NOT NULL,
  subject     TEXT NOT NULL,
  body        TEXT NOT NULL,
  sent_at     INTEGER NOT NULL,
  received_at INTEGER NOT NULL,
  msg_id      BLOB,
  fee         INTEGER NOT NULL DEFAULT 0,
  network     BLOB,
  free        INTEGER NOT NULL DEFAULT 0,
  visible     INTEGER NOT NULL DEFAULT 1,
  read        INTEGER NOT NULL DEFAULT 0,
  ack         INTEGER,
  ack_tx      BLOB,
  outbox_id   INTEGER
);
CREATE INDEX messages_folder ON messages(folder, visible, sent_at);
CREATE UNIQUE INDEX messages_msg_id ON messages(msg_id) WHERE msg_id IS NOT NULL;
CREATE INDEX messages_thread ON messages(message_id);

-- Unsent mail being written.
CREATE TABLE drafts (
  id          INTEGER PRIMARY KEY,
  to_list     TEXT NOT NULL,
  cc_list     TEXT NOT NULL,
  subject     TEXT NOT NULL,
  body        TEXT NOT NULL,
  in_reply_to BLOB,
  updated_at  INTEGER NOT NULL
);

-- Mail on its way: one row per message, recorded before each step acts.
CREATE TABLE outbox (
  id          INTEGER PRIMARY KEY,
  kind        TEXT NOT NULL,
  draft_id    INTEGER,
  state       TEXT NOT NULL,
  message     BLOB NOT NULL,
  envelope    BLOB,
  priced_size INTEGER NOT NULL DEFAULT 0,
  network     BLOB NOT NULL,
  max_total   INTEGER NOT NULL,
  created_at  INTEGER NOT NULL,
  updated_at  INTEGER NOT NULL,
  error       TEXT NOT NULL DEFAULT ''
);
CREATE INDEX outbox_state ON outbox(state);

-- Each recipient of an outbox message, with its own payment.
CREATE TABLE outbox_recipients (
  outbox_id      INTEGER NOT NULL,
  idx            INTEGER NOT NULL,
  account        BLOB NOT NULL,
  bundle_hash    BLOB,
  relays         TEXT NOT NULL DEFAULT '',
  free           INTEGER NOT NULL DEFAULT 0,
  secret         BLOB,
  msg_id         BLOB,
  position       INTEGER NOT NULL DEFAULT -1,
  quote          TEXT NOT NULL DEFAULT '',
  max_fee        INTEGER NOT NULL DEFAULT 0,
  relay_fee      INTEGER NOT NULL DEFAULT 0,
  relay_addr     BLOB,
  event          BLOB,
  state          TEXT NOT NULL,
  pay_mode       TEXT NOT NULL DEFAULT '',
  committed_at   INTEGER NOT NULL DEFAULT 0,
  from_block     INTEGER NOT NULL DEFAULT 0,
  tx_raw         BLOB,
  tx_hash        BLOB,
  tx_nonce       INTEGER NOT NULL DEFAULT 0,
  order_sig      BLOB,
  order_nonce    INTEGER NOT NULL DEFAULT 0,
  order_deadline INTEGER NOT NULL DEFAULT 0,
  block          INTEGER NOT NULL DEFAULT 0,
  block_hash     BLOB,
  fee            INTEGER NOT NULL DEFAULT 0,
  error          TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (outbox_id, idx)
) WITHOUT ROWID;

-- Each relay's answer to an outbox recipient's event.
CREATE TABLE outbox_posts (
  outbox_id INTEGER NOT NULL,
  idx       INTEGER NOT NULL,
  relay     TEXT NOT NULL,
  ok        INTEGER NOT NULL,
  message   TEXT NOT NULL,
  at        INTEGER NOT NULL,
  PRIMARY KEY (outbox_id, idx, relay)
) WITHOUT ROWID;
