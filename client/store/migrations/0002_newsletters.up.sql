-- Newsletters (SPEC.md §10): lists this user publishes with their rosters,
-- subscriptions with the key material they hold, received issues, and paid
-- broadcasts. Written by client/newsletter through store/newsletters.go.

-- Lists this user publishes. key is the list key's secret: it signs every
-- list event. chain is the chain value for next_index of epoch; rotate is
-- set when someone left since the last issue.
CREATE TABLE lists (
  id          BLOB PRIMARY KEY,
  key         BLOB NOT NULL,
  name        TEXT NOT NULL,
  description TEXT NOT NULL,
  relays      TEXT NOT NULL,            -- one per line
  created_at  INTEGER NOT NULL,
  definition  BLOB NOT NULL,            -- the signed definition event (JSON)
  epoch       INTEGER NOT NULL,
  next_index  INTEGER NOT NULL,
  chain       BLOB NOT NULL,
  rotate      INTEGER NOT NULL DEFAULT 0,
  slots       INTEGER NOT NULL DEFAULT 0 -- slots handed out: every slot < slots was used
) WITHOUT ROWID;

-- The roster: one row per account that ever subscribed. state 1 active,
-- 2 left. sub_key is the subscriber key K its epoch wraps use.
CREATE TABLE list_subscribers (
  list         BLOB NOT NULL,
  account      BLOB NOT NULL,
  slot         INTEGER NOT NULL,
  sub_key      BLOB NOT NULL,
  reader       BLOB NOT NULL,            -- where its welcomes go
  state        INTEGER NOT NULL,
  last_request INTEGER NOT NULL,         -- signed time of the newest request applied
  joined_at    INTEGER NOT NULL,
  left_at      INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (list, account)
) WITHOUT ROWID;
CREATE UNIQUE INDEX list_subscribers_slot ON list_subscribers(list, slot) WHERE state = 1;

-- Events recorded before they are posted (welcomes, slices, rotation
-- notices, issues, definitions), posted in id order; posted_at 0 = not yet.
CREATE TABLE list_posts (
  id        INTEGER PRIMARY KEY AUTOINCREMENT,
  list      BLOB NOT NULL,
  kind      TEXT NOT NULL,
  event     BLOB NOT NULL,
  relays    TEXT NOT NULL,               -- one per line
  created_at INTEGER NOT NULL,
  posted_at INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX list_posts_open ON list_posts(list, id) WHERE posted_at = 0;

-- Issues this user published.
CREATE TABLE list_issues (
  list      BLOB NOT NULL,
  epoch     INTEGER NOT NULL,
  idx       INTEGER NOT NULL,
  event_id  BLOB NOT NULL,
  subject   TEXT NOT NULL,
  size      INTEGER NOT NULL,
  sent_at   INTEGER NOT NULL,
  audience  INTEGER NOT NULL,            -- active subscribers when sealed
  PRIMARY KEY (list, epoch, idx)
) WITHOUT ROWID;

-- Subscriptions: state 1 pending (request sent), 2 active (welcomed),
-- 3 left. reader_key is the secret of the reader key.
CREATE TABLE subscriptions (
  list          BLOB PRIMARY KEY,
  publisher     BLOB NOT NULL,
  signer        BLOB NOT NULL,           -- the definition's signing key
  name          TEXT NOT NULL,
  description   TEXT NOT NULL,
  relays        TEXT NOT NULL,           -- one per line
  definition    BLOB NOT NULL,           -- the definition event (JSON)
  reader_key    BLOB NOT NULL,
  state         INTEGER NOT NULL,
  last_request  INTEGER NOT NULL,        -- signed time of the newest request sent
  welcomed      INTEGER NOT NULL DEFAULT 0, -- request time the newest welcome answered
  slot          INTEGER NOT NULL DEFAULT 0,
  sub_key       BLOB,
  subscribed_at INTEGER NOT NULL
) WITHOUT ROWID;

-- Chain values a subscriber holds: per epoch, the earliest index it can
-- read and that index's chain value.
CREATE TABLE subscription_chains (
  list       BLOB NOT NULL,
  epoch      INTEGER NOT NULL,
  base_index INTEGER NOT NULL,
  chain      BLOB NOT NULL,
  PRIMARY KEY (list, epoch)
) WITHOUT ROWID;

-- Issues received (the "newsletters" folder). Each (list, epoch, idx) once.
CREATE TABLE newsletter_issues (
  list        BLOB NOT NULL,
  epoch       INTEGER NOT NULL,
  idx         INTEGER NOT NULL,
  event_id    BLOB NOT NULL,
  message_id  BLOB NOT NULL,
  publisher   BLOB NOT NULL,
  subject     TEXT NOT NULL,
  body        TEXT NOT NULL,
  sent_at     INTEGER NOT NULL,          -- the signed time
  received_at INTEGER NOT NULL,
  read        INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (list, epoch, idx)
) WITHOUT ROWID;
CREATE INDEX newsletter_issues_time ON newsletter_issues(received_at);

-- List events a subscriber could not read yet (its key material had not
-- arrived), tried again when it does.
CREATE TABLE newsletter_pending (
  list     BLOB NOT NULL,
  event_id BLOB NOT NULL,
  event    BLOB NOT NULL,
  seen_at  INTEGER NOT NULL,
  PRIMARY KEY (list, event_id)
) WITHOUT ROWID;

-- Per-relay receive-order cursors: role 'requests' (a list's request
-- inbox), 'issues' (a subscription's list events), 'welcomes' (a reader
-- key's inbox).
CREATE TABLE newsletter_cursors (
  list   BLOB NOT NULL,
  role   TEXT NOT NULL,
  relay  TEXT NOT NULL,
  cursor INTEGER NOT NULL,
  PRIMARY KEY (list, role, relay)
) WITHOUT ROWID;

-- Paid broadcasts: one envelope per recipient, paid in chunks by the
-- contract's broadcast. Every row is written before the step it enables.
CREATE TABLE broadcasts (
  id         INTEGER PRIMARY KEY AUTOINCREMENT,
  network    BLOB NOT NULL,
  subject    TEXT NOT NULL,
  size       INTEGER NOT NULL,
  state      TEXT NOT NULL,              -- sealed, posted, paying, final, failed
  created_at INTEGER NOT NULL
);
CREATE TABLE broadcast_recipients (
  broadcast INTEGER NOT NULL,
  account   BLOB NOT NULL,
  chunk     INTEGER NOT NULL,
  secret    BLOB NOT NULL,
  price     INTEGER NOT NULL,            -- quoted fee + burn (gwei)
  fee       INTEGER NOT NULL,            -- quoted fee to the recipient (gwei)
  event     BLOB NOT NULL,               -- the envelope event (JSON)
  relays    TEXT NOT NULL,               -- the recipient's inbox relays, one per line
  posted    INTEGER NOT NULL DEFAULT 0,
  status    TEXT NOT NULL DEFAULT '',    -- '', delivered, skipped: reason
  PRIMARY KEY (broadcast, account)
) WITHOUT ROWID;
CREATE TABLE broadcast_chunks (
  broadcast INTEGER NOT NULL,
  chunk     INTEGER NOT NULL,
  max_fee   INTEGER NOT NULL,
  raw       BLOB,                        -- the signed transaction, recorded before it is sent
  hash      BLOB,
  block     INTEGER NOT NULL DEFAULT 0,
  gas_used  INTEGER NOT NULL DEFAULT 0,
  state     TEXT NOT NULL,               -- quoted, signed, mined, final, failed
  PRIMARY KEY (broadcast, chunk)
) WITHOUT ROWID;
